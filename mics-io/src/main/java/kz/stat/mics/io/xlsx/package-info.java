/**
 * The plan as an Excel workbook (XLSX), written and read with Apache POI: a Plan sheet that the
 * reader takes back as the plan table, and the overdue, workload and financing sheets beside it.
 */
package kz.stat.mics.io.xlsx;
