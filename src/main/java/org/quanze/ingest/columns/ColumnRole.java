package org.quanze.ingest.columns;

/** What a column of a list means. Columns no role claims are kept verbatim all the same. */
public enum ColumnRole {
    SEQUENCE, CATEGORY, NAME, SUB_ITEM, BODY, UNIT, BASIS, DUTIES, DUTY_BASIS, CASES, CASE_BASIS,
    EXEMPTION, REMARK, DEPARTMENT_DUTIES, LEVEL, ACCOUNTABILITY_SCOPE
}
