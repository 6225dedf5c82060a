"""The window sizes and colour schemes the dashboard is checked at: a desktop, a phone and the narrowest phone
WCAG's reflow asks for (320 px), each light and dark."""

DASHBOARD_VIEWS = [
    (1280, 900, "light"),
    (390, 844, "light"),
    (320, 640, "light"),
    (1280, 900, "dark"),
    (390, 844, "dark"),
    (320, 640, "dark"),
]
