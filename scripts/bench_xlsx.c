/* The second reference for `ktxh bench xlsx`: libxlsxwriter (C) in constant-memory mode writing exactly the
 * same cells as SyntheticSheet.swift and bench_xlsx.py (3,321 units x 60 indicators, nine cells a row, from
 * integer arithmetic on the row number). Built by the benchmark with the system's C compiler.
 *
 * Usage: bench_xlsx ROWS FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include "xlsxwriter.h"

#define UNITS 3321
#define INDICATORS 60

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s ROWS FILE\n", argv[0]);
        return 2;
    }
    long rows = atol(argv[1]);
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    lxw_workbook *book = workbook_new_opt(argv[2], &options);
    if (!book) return 1;
    lxw_format *whole = workbook_add_format(book);
    format_set_num_format(whole, "#,##0");
    lxw_format *tenths = workbook_add_format(book);
    format_set_num_format(tenths, "#,##0.0");
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.00");
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Số liệu");
    const double widths[] = {10, 16, 11, 44, 11, 11, 11, 9, 11};
    for (int c = 0; c < 9; c++) worksheet_set_column(sheet, c, c, widths[c], NULL);
    worksheet_freeze_panes(sheet, 1, 0);
    const char *header[] = {"Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính",
                            "Kế hoạch", "Thực hiện", "% KH", "Đánh giá"};
    for (int c = 0; c < 9; c++) worksheet_write_string(sheet, 0, c, header[c], NULL);

    /* Names made once per unit and per indicator, as the other two writers do. */
    long units = (rows + INDICATORS - 1) / INDICATORS;
    char (*unitCode)[16] = malloc(sizeof(*unitCode) * (units > 0 ? units : 1));
    char (*unitName)[32] = malloc(sizeof(*unitName) * (units > 0 ? units : 1));
    for (long u = 0; u < units; u++) {
        snprintf(unitCode[u], sizeof(*unitCode), "%05ld", u + 1);
        snprintf(unitName[u], sizeof(*unitName), "Xã số %ld", u + 1);
    }
    char code[INDICATORS][16], name[INDICATORS][80];
    for (int i = 0; i < INDICATORS; i++) {
        snprintf(code[i], sizeof(code[i]), "CT%d", i + 1);
        snprintf(name[i], sizeof(name[i]), "Chỉ tiêu phát triển kinh tế - xã hội số %d", i + 1);
    }
    for (long row = 0; row < rows; row++) {
        long u = row / INDICATORS;
        int i = (int)(row % INDICATORS);
        long plan = 1000 + i;
        long actual = (row * 7) % 13000;
        long hundredths = actual * 1000 / plan;
        lxw_row_t r = (lxw_row_t)(row + 1);
        worksheet_write_string(sheet, r, 0, unitCode[u], NULL);
        worksheet_write_string(sheet, r, 1, unitName[u], NULL);
        worksheet_write_string(sheet, r, 2, code[i], NULL);
        worksheet_write_string(sheet, r, 3, name[i], NULL);
        worksheet_write_string(sheet, r, 4, i % 2 == 0 ? "%" : "Tỷ đồng", NULL);
        worksheet_write_number(sheet, r, 5, (double)plan, whole);
        worksheet_write_number(sheet, r, 6, actual / 10.0, tenths);
        worksheet_write_number(sheet, r, 7, hundredths / 100.0, percent);
        worksheet_write_string(sheet, r, 8, actual >= plan * 10 ? "Đạt" : "Chưa đạt", NULL);
    }
    lxw_error error = workbook_close(book);
    free(unitCode);
    free(unitName);
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "%s\n", lxw_strerror(error));
        return 1;
    }
    return 0;
}
