/** The progress report as one self-contained HTML file: summary, Gantt chart, tables and heat map. */
package kz.stat.mics.io.report;
