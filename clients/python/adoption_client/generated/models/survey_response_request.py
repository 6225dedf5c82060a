from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.blank_enum import BlankEnum
from ..models.country_enum import CountryEnum
from ..models.family_enum import FamilyEnum
from ..models.size_band_enum import SizeBandEnum
from ..models.stage_enum import StageEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_hypervisor_request import ResponseHypervisorRequest


T = TypeVar("T", bound="SurveyResponseRequest")


@_attrs_define
class SurveyResponseRequest:
    """A top-level resource: its URL, nested lists written in one transaction.

    Attributes:
        reference (str): A permanent identifier such as tco-2008-0017; it names no one.
        survey (int | str):
        industry (int | None | str | Unset):
        country (BlankEnum | CountryEnum | Unset): ISO 3166-1 alpha-2 code, e.g. JP; empty when unknown.

            * `AF` - Afghanistan
            * `AX` - Åland Islands
            * `AL` - Albania
            * `DZ` - Algeria
            * `AS` - American Samoa
            * `AD` - Andorra
            * `AO` - Angola
            * `AI` - Anguilla
            * `AQ` - Antarctica
            * `AG` - Antigua and Barbuda
            * `AR` - Argentina
            * `AM` - Armenia
            * `AW` - Aruba
            * `AU` - Australia
            * `AT` - Austria
            * `AZ` - Azerbaijan
            * `BS` - Bahamas (The)
            * `BH` - Bahrain
            * `BD` - Bangladesh
            * `BB` - Barbados
            * `BY` - Belarus
            * `BE` - Belgium
            * `BZ` - Belize
            * `BJ` - Benin
            * `BM` - Bermuda
            * `BT` - Bhutan
            * `BO` - Bolivia
            * `BQ` - Bonaire, Sint Eustatius and Saba
            * `BA` - Bosnia and Herzegovina
            * `BW` - Botswana
            * `BV` - Bouvet Island
            * `BR` - Brazil
            * `IO` - British Indian Ocean Territory
            * `BN` - Brunei
            * `BG` - Bulgaria
            * `BF` - Burkina Faso
            * `BI` - Burundi
            * `CV` - Cabo Verde
            * `KH` - Cambodia
            * `CM` - Cameroon
            * `CA` - Canada
            * `KY` - Cayman Islands
            * `CF` - Central African Republic
            * `TD` - Chad
            * `CL` - Chile
            * `CN` - China
            * `CX` - Christmas Island
            * `CC` - Cocos (Keeling) Islands
            * `CO` - Colombia
            * `KM` - Comoros
            * `CG` - Congo
            * `CK` - Cook Islands
            * `CR` - Costa Rica
            * `CI` - Côte d'Ivoire
            * `HR` - Croatia
            * `CU` - Cuba
            * `CW` - Curaçao
            * `CY` - Cyprus
            * `CZ` - Czechia
            * `CD` - Democratic Republic of the Congo
            * `DK` - Denmark
            * `DJ` - Djibouti
            * `DM` - Dominica
            * `DO` - Dominican Republic
            * `EC` - Ecuador
            * `EG` - Egypt
            * `SV` - El Salvador
            * `GQ` - Equatorial Guinea
            * `ER` - Eritrea
            * `EE` - Estonia
            * `SZ` - Eswatini
            * `ET` - Ethiopia
            * `FK` - Falkland Islands (Malvinas)
            * `FO` - Faroe Islands
            * `FJ` - Fiji
            * `FI` - Finland
            * `FR` - France
            * `GF` - French Guiana
            * `PF` - French Polynesia
            * `TF` - French Southern Territories
            * `GA` - Gabon
            * `GM` - Gambia
            * `GE` - Georgia
            * `DE` - Germany
            * `GH` - Ghana
            * `GI` - Gibraltar
            * `GR` - Greece
            * `GL` - Greenland
            * `GD` - Grenada
            * `GP` - Guadeloupe
            * `GU` - Guam
            * `GT` - Guatemala
            * `GG` - Guernsey
            * `GN` - Guinea
            * `GW` - Guinea-Bissau
            * `GY` - Guyana
            * `HT` - Haiti
            * `HM` - Heard Island and McDonald Islands
            * `HN` - Honduras
            * `HK` - Hong Kong
            * `HU` - Hungary
            * `IS` - Iceland
            * `IN` - India
            * `ID` - Indonesia
            * `IR` - Iran
            * `IQ` - Iraq
            * `IE` - Ireland
            * `IM` - Isle of Man
            * `IL` - Israel
            * `IT` - Italy
            * `JM` - Jamaica
            * `JP` - Japan
            * `JE` - Jersey
            * `JO` - Jordan
            * `KZ` - Kazakhstan
            * `KE` - Kenya
            * `KI` - Kiribati
            * `KW` - Kuwait
            * `KG` - Kyrgyzstan
            * `LA` - Laos
            * `LV` - Latvia
            * `LB` - Lebanon
            * `LS` - Lesotho
            * `LR` - Liberia
            * `LY` - Libya
            * `LI` - Liechtenstein
            * `LT` - Lithuania
            * `LU` - Luxembourg
            * `MO` - Macao
            * `MG` - Madagascar
            * `MW` - Malawi
            * `MY` - Malaysia
            * `MV` - Maldives
            * `ML` - Mali
            * `MT` - Malta
            * `MH` - Marshall Islands
            * `MQ` - Martinique
            * `MR` - Mauritania
            * `MU` - Mauritius
            * `YT` - Mayotte
            * `MX` - Mexico
            * `FM` - Micronesia
            * `MD` - Moldova
            * `MC` - Monaco
            * `MN` - Mongolia
            * `ME` - Montenegro
            * `MS` - Montserrat
            * `MA` - Morocco
            * `MZ` - Mozambique
            * `MM` - Myanmar
            * `NA` - Namibia
            * `NR` - Naoero
            * `NP` - Nepal
            * `NL` - Netherlands
            * `NC` - New Caledonia
            * `NZ` - New Zealand
            * `NI` - Nicaragua
            * `NE` - Niger
            * `NG` - Nigeria
            * `NU` - Niue
            * `NF` - Norfolk Island
            * `KP` - North Korea
            * `MK` - North Macedonia
            * `MP` - Northern Mariana Islands
            * `NO` - Norway
            * `OM` - Oman
            * `PK` - Pakistan
            * `PW` - Palau
            * `PS` - Palestine
            * `PA` - Panama
            * `PG` - Papua New Guinea
            * `PY` - Paraguay
            * `PE` - Peru
            * `PH` - Philippines
            * `PN` - Pitcairn
            * `PL` - Poland
            * `PT` - Portugal
            * `PR` - Puerto Rico
            * `QA` - Qatar
            * `RE` - Réunion
            * `RO` - Romania
            * `RU` - Russia
            * `RW` - Rwanda
            * `BL` - Saint Barthélemy
            * `SH` - Saint Helena
            * `KN` - Saint Kitts and Nevis
            * `LC` - Saint Lucia
            * `MF` - Saint Martin (French part)
            * `PM` - Saint Pierre and Miquelon
            * `VC` - Saint Vincent and the Grenadines
            * `WS` - Samoa
            * `SM` - San Marino
            * `ST` - Sao Tome and Principe
            * `SA` - Saudi Arabia
            * `SN` - Senegal
            * `RS` - Serbia
            * `SC` - Seychelles
            * `SL` - Sierra Leone
            * `SG` - Singapore
            * `SX` - Sint Maarten (Dutch part)
            * `SK` - Slovakia
            * `SI` - Slovenia
            * `SB` - Solomon Islands
            * `SO` - Somalia
            * `ZA` - South Africa
            * `GS` - South Georgia
            * `KR` - South Korea
            * `SS` - South Sudan
            * `ES` - Spain
            * `LK` - Sri Lanka
            * `SD` - Sudan
            * `SR` - Suriname
            * `SJ` - Svalbard and Jan Mayen
            * `SE` - Sweden
            * `CH` - Switzerland
            * `SY` - Syria
            * `TW` - Taiwan
            * `TJ` - Tajikistan
            * `TZ` - Tanzania
            * `TH` - Thailand
            * `TL` - Timor-Leste
            * `TG` - Togo
            * `TK` - Tokelau
            * `TO` - Tonga
            * `TT` - Trinidad and Tobago
            * `TN` - Tunisia
            * `TR` - Türkiye
            * `TM` - Turkmenistan
            * `TC` - Turks and Caicos Islands
            * `TV` - Tuvalu
            * `UG` - Uganda
            * `UA` - Ukraine
            * `AE` - United Arab Emirates
            * `GB` - United Kingdom
            * `UM` - United States Minor Outlying Islands
            * `US` - United States of America
            * `UY` - Uruguay
            * `UZ` - Uzbekistan
            * `VU` - Vanuatu
            * `VA` - Vatican City
            * `VE` - Venezuela
            * `VN` - Vietnam
            * `VG` - Virgin Islands (British)
            * `VI` - Virgin Islands (U.S.)
            * `WF` - Wallis and Futuna
            * `EH` - Western Sahara
            * `YE` - Yemen
            * `ZM` - Zambia
            * `ZW` - Zimbabwe
        size_band (BlankEnum | SizeBandEnum | Unset):
        linux_years (int | None | Unset):
        stage (BlankEnum | StageEnum | Unset): How far along the respondent is with virtualization overall.

            * `considering` - Considering
            * `evaluating` - Evaluating
            * `pilot` - Pilot
            * `production` - Production
            * `retired` - Retired
        hypervisors (list[ResponseHypervisorRequest] | Unset): Each hypervisor in use or under evaluation, at its own
            stage.
        guest_families (list[FamilyEnum] | Unset): Guest OS families virtualised.
        purposes (list[int | str] | Unset):
    """

    reference: str
    survey: int | str
    industry: int | None | str | Unset = UNSET
    country: BlankEnum | CountryEnum | Unset = UNSET
    size_band: BlankEnum | SizeBandEnum | Unset = UNSET
    linux_years: int | None | Unset = UNSET
    stage: BlankEnum | StageEnum | Unset = UNSET
    hypervisors: list[ResponseHypervisorRequest] | Unset = UNSET
    guest_families: list[FamilyEnum] | Unset = UNSET
    purposes: list[int | str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        survey: int | str
        survey = self.survey

        industry: int | None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        country: str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, CountryEnum):
            country = self.country.value
        else:
            country = self.country.value

        size_band: str | Unset
        if isinstance(self.size_band, Unset):
            size_band = UNSET
        elif isinstance(self.size_band, SizeBandEnum):
            size_band = self.size_band.value
        else:
            size_band = self.size_band.value

        linux_years: int | None | Unset
        if isinstance(self.linux_years, Unset):
            linux_years = UNSET
        else:
            linux_years = self.linux_years

        stage: str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, StageEnum):
            stage = self.stage.value
        else:
            stage = self.stage.value

        hypervisors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hypervisors, Unset):
            hypervisors = []
            for hypervisors_item_data in self.hypervisors:
                hypervisors_item = hypervisors_item_data.to_dict()
                hypervisors.append(hypervisors_item)

        guest_families: list[str] | Unset = UNSET
        if not isinstance(self.guest_families, Unset):
            guest_families = []
            for guest_families_item_data in self.guest_families:
                guest_families_item = guest_families_item_data.value
                guest_families.append(guest_families_item)

        purposes: list[int | str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item: int | str
                purposes_item = purposes_item_data
                purposes.append(purposes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "survey": survey,
            }
        )
        if industry is not UNSET:
            field_dict["industry"] = industry
        if country is not UNSET:
            field_dict["country"] = country
        if size_band is not UNSET:
            field_dict["size_band"] = size_band
        if linux_years is not UNSET:
            field_dict["linux_years"] = linux_years
        if stage is not UNSET:
            field_dict["stage"] = stage
        if hypervisors is not UNSET:
            field_dict["hypervisors"] = hypervisors
        if guest_families is not UNSET:
            field_dict["guest_families"] = guest_families
        if purposes is not UNSET:
            field_dict["purposes"] = purposes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.response_hypervisor_request import ResponseHypervisorRequest

        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_survey(data: object) -> int | str:
            return cast(int | str, data)

        survey = _parse_survey(d.pop("survey"))

        def _parse_industry(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        industry = _parse_industry(d.pop("industry", UNSET))

        def _parse_country(data: object) -> BlankEnum | CountryEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                country_type_0 = CountryEnum(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            country_type_1 = BlankEnum(data)

            return country_type_1

        country = _parse_country(d.pop("country", UNSET))

        def _parse_size_band(data: object) -> BlankEnum | SizeBandEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_band_type_0 = SizeBandEnum(data)

                return size_band_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            size_band_type_1 = BlankEnum(data)

            return size_band_type_1

        size_band = _parse_size_band(d.pop("size_band", UNSET))

        def _parse_linux_years(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        linux_years = _parse_linux_years(d.pop("linux_years", UNSET))

        def _parse_stage(data: object) -> BlankEnum | StageEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = StageEnum(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            stage_type_1 = BlankEnum(data)

            return stage_type_1

        stage = _parse_stage(d.pop("stage", UNSET))

        _hypervisors = d.pop("hypervisors", UNSET)
        hypervisors: list[ResponseHypervisorRequest] | Unset = UNSET
        if _hypervisors is not UNSET:
            hypervisors = []
            for hypervisors_item_data in _hypervisors:
                hypervisors_item = ResponseHypervisorRequest.from_dict(hypervisors_item_data)

                hypervisors.append(hypervisors_item)

        _guest_families = d.pop("guest_families", UNSET)
        guest_families: list[FamilyEnum] | Unset = UNSET
        if _guest_families is not UNSET:
            guest_families = []
            for guest_families_item_data in _guest_families:
                guest_families_item = FamilyEnum(guest_families_item_data)

                guest_families.append(guest_families_item)

        _purposes = d.pop("purposes", UNSET)
        purposes: list[int | str] | Unset = UNSET
        if _purposes is not UNSET:
            purposes = []
            for purposes_item_data in _purposes:

                def _parse_purposes_item(data: object) -> int | str:
                    return cast(int | str, data)

                purposes_item = _parse_purposes_item(purposes_item_data)

                purposes.append(purposes_item)

        survey_response_request = cls(
            reference=reference,
            survey=survey,
            industry=industry,
            country=country,
            size_band=size_band,
            linux_years=linux_years,
            stage=stage,
            hypervisors=hypervisors,
            guest_families=guest_families,
            purposes=purposes,
        )

        return survey_response_request
