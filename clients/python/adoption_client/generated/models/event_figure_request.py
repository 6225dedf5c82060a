from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.blank_enum import BlankEnum
from ..models.currency_enum import CurrencyEnum
from ..models.precision_enum import PrecisionEnum
from ..models.qualifier_enum import QualifierEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventFigureRequest")


@_attrs_define
class EventFigureRequest:
    """A row written inside its parent: validated without its parent, which may not exist yet.

    Its `id`, when given, names the stored row it is (services.nested); a key the row
    does not have is refused, naming it.

        Attributes:
            metric (str): The metric's slug.
            amount (str): In whole units: 959000000 for $959m, 12.5 for 12.5%; the low end of a range.
            id (int | Unset): The row's id: give it back to keep (or change) that row; leave it out for a new row, which is
                matched to a stored one by what identifies it.
            qualifier (QualifierEnum | Unset): * `exact` - Exactly
                * `approximately` - About
                * `at-least` - At least
                * `at-most` - At most
                * `range` - Between
            amount_to (None | str | Unset): The high end of a range; empty otherwise.
            unit (str | Unset): The unit's slug. What the amount counts. Left out, it is money when a currency is given,
                else the metric's only unit.
            currency (BlankEnum | CurrencyEnum | Unset): ISO 4217 code, e.g. USD: required for money, empty for any other
                unit.

                * `AED` - AED
                * `AFA` - AFA
                * `AFN` - AFN
                * `ALL` - ALL
                * `AMD` - AMD
                * `ANG` - ANG
                * `AOA` - AOA
                * `ARS` - ARS
                * `AUD` - AUD
                * `AWG` - AWG
                * `AZN` - AZN
                * `BAM` - BAM
                * `BBD` - BBD
                * `BDT` - BDT
                * `BGN` - BGN
                * `BHD` - BHD
                * `BIF` - BIF
                * `BMD` - BMD
                * `BND` - BND
                * `BOB` - BOB
                * `BOV` - BOV
                * `BRL` - BRL
                * `BSD` - BSD
                * `BTN` - BTN
                * `BWP` - BWP
                * `BYN` - BYN
                * `BYR` - BYR
                * `BZD` - BZD
                * `CAD` - CAD
                * `CDF` - CDF
                * `CHE` - CHE
                * `CHF` - CHF
                * `CHW` - CHW
                * `CLF` - CLF
                * `CLP` - CLP
                * `CNY` - CNY
                * `COP` - COP
                * `COU` - COU
                * `CRC` - CRC
                * `CSD` - CSD
                * `CUC` - CUC
                * `CUP` - CUP
                * `CVE` - CVE
                * `CYP` - CYP
                * `CZK` - CZK
                * `DJF` - DJF
                * `DKK` - DKK
                * `DOP` - DOP
                * `DZD` - DZD
                * `EEK` - EEK
                * `EGP` - EGP
                * `ERN` - ERN
                * `ETB` - ETB
                * `EUR` - EUR
                * `FJD` - FJD
                * `FKP` - FKP
                * `GBP` - GBP
                * `GEL` - GEL
                * `GHC` - GHC
                * `GHS` - GHS
                * `GIP` - GIP
                * `GMD` - GMD
                * `GNF` - GNF
                * `GTQ` - GTQ
                * `GYD` - GYD
                * `HKD` - HKD
                * `HNL` - HNL
                * `HRK` - HRK
                * `HTG` - HTG
                * `HUF` - HUF
                * `IDR` - IDR
                * `ILS` - ILS
                * `INR` - INR
                * `IQD` - IQD
                * `IRR` - IRR
                * `ISK` - ISK
                * `JMD` - JMD
                * `JOD` - JOD
                * `JPY` - JPY
                * `KES` - KES
                * `KGS` - KGS
                * `KHR` - KHR
                * `KMF` - KMF
                * `KPW` - KPW
                * `KRW` - KRW
                * `KWD` - KWD
                * `KYD` - KYD
                * `KZT` - KZT
                * `LAK` - LAK
                * `LBP` - LBP
                * `LKR` - LKR
                * `LRD` - LRD
                * `LSL` - LSL
                * `LTL` - LTL
                * `LVL` - LVL
                * `LYD` - LYD
                * `MAD` - MAD
                * `MDL` - MDL
                * `MGA` - MGA
                * `MGF` - MGF
                * `MKD` - MKD
                * `MMK` - MMK
                * `MNT` - MNT
                * `MOP` - MOP
                * `MRO` - MRO
                * `MRU` - MRU
                * `MTL` - MTL
                * `MUR` - MUR
                * `MVR` - MVR
                * `MWK` - MWK
                * `MXN` - MXN
                * `MXV` - MXV
                * `MYR` - MYR
                * `MZM` - MZM
                * `MZN` - MZN
                * `NAD` - NAD
                * `NGN` - NGN
                * `NIO` - NIO
                * `NOK` - NOK
                * `NPR` - NPR
                * `NZD` - NZD
                * `OMR` - OMR
                * `PAB` - PAB
                * `PEN` - PEN
                * `PGK` - PGK
                * `PHP` - PHP
                * `PKR` - PKR
                * `PLN` - PLN
                * `PYG` - PYG
                * `QAR` - QAR
                * `ROL` - ROL
                * `RON` - RON
                * `RSD` - RSD
                * `RUB` - RUB
                * `RWF` - RWF
                * `SAR` - SAR
                * `SBD` - SBD
                * `SCR` - SCR
                * `SDD` - SDD
                * `SDG` - SDG
                * `SEK` - SEK
                * `SGD` - SGD
                * `SHP` - SHP
                * `SIT` - SIT
                * `SKK` - SKK
                * `SLE` - SLE
                * `SLL` - SLL
                * `SOS` - SOS
                * `SRD` - SRD
                * `SRG` - SRG
                * `SSP` - SSP
                * `STD` - STD
                * `STN` - STN
                * `SVC` - SVC
                * `SYP` - SYP
                * `SZL` - SZL
                * `THB` - THB
                * `TJS` - TJS
                * `TMM` - TMM
                * `TMT` - TMT
                * `TND` - TND
                * `TOP` - TOP
                * `TRL` - TRL
                * `TRY` - TRY
                * `TTD` - TTD
                * `TWD` - TWD
                * `TZS` - TZS
                * `UAH` - UAH
                * `UGX` - UGX
                * `USD` - USD
                * `USN` - USN
                * `UYI` - UYI
                * `UYU` - UYU
                * `UYW` - UYW
                * `UZS` - UZS
                * `VEB` - VEB
                * `VED` - VED
                * `VEF` - VEF
                * `VES` - VES
                * `VND` - VND
                * `VUV` - VUV
                * `WST` - WST
                * `XAF` - XAF
                * `XAG` - XAG
                * `XAU` - XAU
                * `XBA` - XBA
                * `XBB` - XBB
                * `XBC` - XBC
                * `XBD` - XBD
                * `XCD` - XCD
                * `XCG` - XCG
                * `XDR` - XDR
                * `XOF` - XOF
                * `XPD` - XPD
                * `XPF` - XPF
                * `XPT` - XPT
                * `XSU` - XSU
                * `XTS` - XTS
                * `XUA` - XUA
                * `XXX` - XXX
                * `YER` - YER
                * `YUM` - YUM
                * `ZAR` - ZAR
                * `ZMK` - ZMK
                * `ZMW` - ZMW
                * `ZWD` - ZWD
                * `ZWG` - ZWG
                * `ZWL` - ZWL
                * `ZWN` - ZWN
                * `ZWR` - ZWR
            as_of (datetime.date | None | Unset): When the value held (a price at the open, a count at year end), if stated.
            as_of_precision (PrecisionEnum | Unset): * `day` - Day
                * `week` - Week
                * `month` - Month
                * `quarter` - Quarter
                * `year` - Year
            stated_by (int | None | str | Unset): When the figure is a party's own claim (a vendor's customer count), who
                claims it.
            source (int | None | str | Unset): The source that gives this value. Two sources that disagree are two figures.
            part_of (None | str | Unset): The metric's slug. The metric of the same event this figure is a part of (stock
                options within the deal value), rather than on top of it.
            note (str | Unset): Anything else that qualifies it: "top of the expected range".
    """

    metric: str
    amount: str
    id: int | Unset = UNSET
    qualifier: QualifierEnum | Unset = UNSET
    amount_to: None | str | Unset = UNSET
    unit: str | Unset = UNSET
    currency: BlankEnum | CurrencyEnum | Unset = UNSET
    as_of: datetime.date | None | Unset = UNSET
    as_of_precision: PrecisionEnum | Unset = UNSET
    stated_by: int | None | str | Unset = UNSET
    source: int | None | str | Unset = UNSET
    part_of: None | str | Unset = UNSET
    note: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        amount = self.amount

        id = self.id

        qualifier: str | Unset = UNSET
        if not isinstance(self.qualifier, Unset):
            qualifier = self.qualifier.value

        amount_to: None | str | Unset
        if isinstance(self.amount_to, Unset):
            amount_to = UNSET
        else:
            amount_to = self.amount_to

        unit = self.unit

        currency: str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, CurrencyEnum):
            currency = self.currency.value
        else:
            currency = self.currency.value

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        elif isinstance(self.as_of, datetime.date):
            as_of = self.as_of.isoformat()
        else:
            as_of = self.as_of

        as_of_precision: str | Unset = UNSET
        if not isinstance(self.as_of_precision, Unset):
            as_of_precision = self.as_of_precision.value

        stated_by: int | None | str | Unset
        if isinstance(self.stated_by, Unset):
            stated_by = UNSET
        else:
            stated_by = self.stated_by

        source: int | None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        part_of: None | str | Unset
        if isinstance(self.part_of, Unset):
            part_of = UNSET
        else:
            part_of = self.part_of

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metric": metric,
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if qualifier is not UNSET:
            field_dict["qualifier"] = qualifier
        if amount_to is not UNSET:
            field_dict["amount_to"] = amount_to
        if unit is not UNSET:
            field_dict["unit"] = unit
        if currency is not UNSET:
            field_dict["currency"] = currency
        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if as_of_precision is not UNSET:
            field_dict["as_of_precision"] = as_of_precision
        if stated_by is not UNSET:
            field_dict["stated_by"] = stated_by
        if source is not UNSET:
            field_dict["source"] = source
        if part_of is not UNSET:
            field_dict["part_of"] = part_of
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metric = d.pop("metric")

        amount = d.pop("amount")

        id = d.pop("id", UNSET)

        _qualifier = d.pop("qualifier", UNSET)
        qualifier: QualifierEnum | Unset
        if isinstance(_qualifier, Unset):
            qualifier = UNSET
        else:
            qualifier = QualifierEnum(_qualifier)

        def _parse_amount_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_to = _parse_amount_to(d.pop("amount_to", UNSET))

        unit = d.pop("unit", UNSET)

        def _parse_currency(data: object) -> BlankEnum | CurrencyEnum | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = CurrencyEnum(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            currency_type_1 = BlankEnum(data)

            return currency_type_1

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_as_of(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                as_of_type_0 = datetime.date.fromisoformat(data)

                return as_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        as_of = _parse_as_of(d.pop("as_of", UNSET))

        _as_of_precision = d.pop("as_of_precision", UNSET)
        as_of_precision: PrecisionEnum | Unset
        if isinstance(_as_of_precision, Unset):
            as_of_precision = UNSET
        else:
            as_of_precision = PrecisionEnum(_as_of_precision)

        def _parse_stated_by(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        stated_by = _parse_stated_by(d.pop("stated_by", UNSET))

        def _parse_source(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_part_of(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        part_of = _parse_part_of(d.pop("part_of", UNSET))

        note = d.pop("note", UNSET)

        event_figure_request = cls(
            metric=metric,
            amount=amount,
            id=id,
            qualifier=qualifier,
            amount_to=amount_to,
            unit=unit,
            currency=currency,
            as_of=as_of,
            as_of_precision=as_of_precision,
            stated_by=stated_by,
            source=source,
            part_of=part_of,
            note=note,
        )

        return event_figure_request
