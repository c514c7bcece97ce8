package org.fachwerk.timelog.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.store.PrivateFiles;

/**
 * Writes reports as CSV (for any spreadsheet), XLSX (Apache POI, streaming, so large reports stay small in memory)
 * or PDF (Apache PDFBox, A4 landscape with the header on every page). The file appears only when it is complete:
 * the export goes into a temporary file beside it, which replaces the target at the end; a cancelled or failed
 * export leaves no file behind. Cancelling the monitor ends the export with an OperationCanceledException.
 */
public final class ReportExport {

    /** The formats, with their file name extension. */
    public enum Format {
        CSV("csv"), XLSX("xlsx"), PDF("pdf");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private static final int ROWS_PER_TICK = 100;

    private ReportExport() {
    }

    /** Writes the report into the file, with numbers and dates as the locale writes them (CSV, PDF). */
    public static void write(Report report, Format format, Path target, Locale locale, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_task, report.title()),
                report.rows().size() / ROWS_PER_TICK + 2);
        progress.split(1); // a cancelled export ends before it starts
        Path directory = target.toAbsolutePath().getParent();
        // the owner's only from the start: a report holds people's working times
        Path temporary = PrivateFiles.newTemporaryFile(directory, ".fachwerk-export", "." + format.extension);
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                switch (format) {
                case CSV -> csv(report, out, locale, progress);
                case XLSX -> xlsx(report, out, progress);
                case PDF -> pdf(report, out, locale, progress);
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void tick(SubMonitor progress, int row) {
        if (row % ROWS_PER_TICK == 0) {
            progress.split(1); // throws OperationCanceledException when the user cancelled
        }
    }

    // ------------------------------------------------------------------------------------------------- CSV

    /**
     * Semicolons where the decimal separator is a comma (as German spreadsheets expect), else commas; UTF-8 with a
     * byte order mark so that spreadsheets read umlauts right; dates as YYYY-MM-DD.
     */
    static void csv(Report report, OutputStream out, Locale locale, SubMonitor progress) throws IOException {
        NumberFormat numbers = numberFormat(locale);
        char separator = numbers.format(0.5).contains(",") ? ';' : ',';
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, new ArrayList<>(report.columns()), separator, numbers);
        int row = 0;
        for (List<Object> cells : report.rows()) {
            line(writer, cells, separator, numbers);
            tick(progress, ++row);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<?> cells, char separator, NumberFormat numbers) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            Object cell = cells.get(i);
            String text = cell instanceof Double number ? numbers.format(number) : String.valueOf(cell);
            if (!(cell instanceof Number) && formulaLike(text)) {
                text = "'" + text; // the apostrophe spreadsheets themselves use for "this is text"
            }
            if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            writer.write(text);
        }
        writer.write("\r\n");
    }

    /**
     * Whether a spreadsheet would take a text for a formula (OWASP's CSV injection: a booking comment such as
     * {@code =HYPERLINK(...)} would run when the export is opened): it starts with =, +, -, @, a tab or a carriage
     * return. Such texts are written as text: with a leading apostrophe in CSV, quote-prefixed in XLSX.
     */
    static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static NumberFormat numberFormat(Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setGroupingUsed(false);
        numbers.setMinimumFractionDigits(0);
        numbers.setMaximumFractionDigits(2);
        return numbers;
    }

    // ------------------------------------------------------------------------------------------------ XLSX

    /** One sheet: the title, the header in bold, numbers and dates as such, and a total row for number columns. */
    static void xlsx(Report report, OutputStream out, SubMonitor progress) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_PER_TICK)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(report.title());
            title.setCellStyle(heading);
            Row header = sheet.createRow(2);
            for (int i = 0; i < report.columns().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(report.columns().get(i));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(i, 256 * Math.max(10, Math.min(50, report.columns().get(i).length() + 4)));
            }
            int rowIndex = 3;
            double[] totals = new double[report.columns().size()];
            for (List<Object> cells : report.rows()) {
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    Cell cell = row.createCell(i);
                    if (value instanceof Number numeric) {
                        cell.setCellValue(numeric.doubleValue());
                        cell.setCellStyle(number);
                        totals[i] += numeric.doubleValue();
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(String.valueOf(value));
                        if (formulaLike(String.valueOf(value))) {
                            cell.setCellStyle(text);
                        }
                    }
                }
                tick(progress, rowIndex - 3);
            }
            if (!report.numberColumns().isEmpty() && !report.rows().isEmpty()) {
                Row total = sheet.createRow(rowIndex);
                Cell label = total.createCell(0);
                label.setCellValue(Messages.Export_total);
                label.setCellStyle(heading);
                for (int column : report.numberColumns()) {
                    Cell cell = total.createCell(column);
                    cell.setCellValue(Math.round(totals[column] * 100) / 100.0);
                    cell.setCellStyle(number);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    // ------------------------------------------------------------------------------------------------- PDF

    private static final float MARGIN = 36;
    private static final float FONT_SIZE = 8;
    private static final float LINE = 12;
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    /** A4 landscape; columns as wide as their longest text allows, cut with an ellipsis; page numbers. */
    static void pdf(Report report, OutputStream out, Locale locale, SubMonitor progress) throws IOException {
        NumberFormat numbers = numberFormat(locale);
        numbers.setMinimumFractionDigits(2);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<String[]> lines = new ArrayList<>();
        for (List<Object> cells : report.rows()) {
            String[] line = new String[cells.size()];
            for (int i = 0; i < line.length; i++) {
                Object cell = cells.get(i);
                line[i] = printable(cell instanceof Number n ? numbers.format(n.doubleValue())
                        : cell instanceof LocalDate d ? d.format(dates) : String.valueOf(cell));
            }
            lines.add(line);
        }
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        String[] header = report.columns().stream().map(ReportExport::printable).toArray(String[]::new);
        float[] widths = columnWidths(header, lines, font, a4.getWidth() - 2 * MARGIN);
        int rowsPerPage = (int) ((a4.getHeight() - 2 * MARGIN - 3 * LINE) / LINE);
        int pages = Math.max(1, (lines.size() + rowsPerPage - 1) / rowsPerPage);
        try (PDDocument document = new PDDocument()) {
            for (int page = 0; page < pages; page++) {
                PDPage pdfPage = new PDPage(a4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    float y = a4.getHeight() - MARGIN;
                    text(content, bold, 11, MARGIN, y, printable(report.title()));
                    text(content, font, FONT_SIZE, a4.getWidth() - MARGIN - 80, MARGIN / 2,
                            NLS.bind(Messages.Export_page, page + 1, pages));
                    y -= 2 * LINE;
                    row(content, bold, header, widths, y, report.numberColumns());
                    y -= LINE;
                    for (int i = page * rowsPerPage; i < Math.min(lines.size(), (page + 1) * rowsPerPage); i++) {
                        row(content, font, lines.get(i), widths, y, report.numberColumns());
                        y -= LINE;
                        tick(progress, i + 1);
                    }
                }
            }
            document.save(out);
        }
    }

    private static float[] columnWidths(String[] header, List<String[]> lines, PDType1Font font, float available)
            throws IOException {
        float[] widths = new float[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = font.getStringWidth(header[i]) / 1000 * FONT_SIZE + 8;
        }
        for (String[] line : lines.subList(0, Math.min(lines.size(), 500))) { // enough to see the widths
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(220, font.getStringWidth(line[i]) / 1000 * FONT_SIZE + 8));
            }
        }
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        if (sum > available) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] *= available / sum;
            }
        }
        return widths;
    }

    private static void row(PDPageContentStream content, PDType1Font font, String[] cells, float[] widths, float y,
            List<Integer> numberColumns) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            String text = fit(cells[i], font, widths[i] - 6);
            float textWidth = font.getStringWidth(text) / 1000 * FONT_SIZE;
            float at = numberColumns.contains(i) ? x + widths[i] - 6 - textWidth : x;
            text(content, font, FONT_SIZE, at, y, text);
            x += widths[i];
        }
    }

    private static String fit(String text, PDType1Font font, float width) throws IOException {
        if (font.getStringWidth(text) / 1000 * FONT_SIZE <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && font.getStringWidth(shortened + "...") / 1000 * FONT_SIZE > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "...";
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y,
            String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The standard PDF fonts know the Windows-1252 characters (umlauts, ß, €); others become a question mark. */
    private static String printable(String text) {
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder printable = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            printable.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : encoder.canEncode(c) ? c : '?');
        }
        return printable.toString();
    }
}
