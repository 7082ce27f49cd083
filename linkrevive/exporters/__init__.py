"""Exporters: the reactivation and to-connect lists as CSV and XLSX files.

The XLSX writer (``linkrevive.exporters.xlsx_writer``) is imported where it is used: it loads
openpyxl, a tenth of a second that the commands which never write a workbook should not pay.
"""

from linkrevive.exporters.cells import safe_cell
from linkrevive.exporters.csv_writer import (
    reactivation_values,
    usable_delimiter,
    write_reactivation_csv,
    write_to_connect_csv,
)
from linkrevive.exporters.rows import (
    REACTIVATION_COLUMNS,
    REACTIVATION_LABELS,
    TO_CONNECT_COLUMNS,
    ReactivationRow,
    ToConnectRow,
    linkedin_search_url,
    profile_link,
)

__all__ = [
    "REACTIVATION_COLUMNS",
    "REACTIVATION_LABELS",
    "TO_CONNECT_COLUMNS",
    "ReactivationRow",
    "ToConnectRow",
    "linkedin_search_url",
    "profile_link",
    "reactivation_values",
    "safe_cell",
    "usable_delimiter",
    "write_reactivation_csv",
    "write_to_connect_csv",
]
