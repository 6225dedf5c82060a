"""The accounts' pages: django.contrib.auth's UserAdmin, with the dates of joining and of the last login shown,
not edited. They record what happened, and Django's form draws each as a date box and a time box under one
label, which leaves the time box unnamed for a screen reader."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class AccountAdmin(UserAdmin):
    readonly_fields = ("last_login", "date_joined")
