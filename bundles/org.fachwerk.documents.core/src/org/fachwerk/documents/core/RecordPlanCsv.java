package org.fachwerk.documents.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.validation.ModelValidator;

/**
 * A record plan as spreadsheets export it, read with Apache Commons CSV: UTF-8 (with or without byte order mark) or,
 * when it is not valid UTF-8, Windows-1252 as German Excel writes it; semicolons or commas; quoted fields such as
 * {@code "Bau, allgemein"}. Every line is checked before anything is added, and a refusal names its line and column:
 * <ul>
 * <li>file code: numbers separated by single dots, such as {@code 63.10.02}, at most {@value #MAX_CODE} characters;</li>
 * <li>title: not empty, at most {@value #MAX_TITLE} characters, no control characters;</li>
 * <li>retention: whole years from 0 to {@value #MAX_YEARS}.</li>
 * </ul>
 */
final class RecordPlanCsv {

    /** One node of the plan and the line it came from. */
    record Line(int number, String code, String title, int years) {
    }

    static final int MAX_BYTES = 5 << 20;
    static final int MAX_CODE = 40;
    static final int MAX_TITLE = 200;
    static final int MAX_YEARS = ModelValidator.MAX_RETENTION_YEARS;
    private static final Pattern CODE = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private RecordPlanCsv() {
    }

    /**
     * The nodes of the file, in its order; a first line without digits in its first field names the columns and is
     * skipped.
     *
     * @throws RefusedException naming the line and column of the first problem
     */
    static List<Line> read(InputStream in) throws IOException, RefusedException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new RefusedException(NLS.bind(Messages.Plan_tooLarge, MAX_BYTES >> 20));
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<Line> lines = new ArrayList<>();
        LineNumbers numbers = new LineNumbers(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean first = true;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new RefusedException(NLS.bind(Messages.Plan_unreadable, parser.getCurrentLineNumber() + 1,
                            e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
                }
                int number = numbers.lineAt(record.getCharacterPosition());
                if (first && !record.get(0).matches(".*\\d.*")) {
                    first = false;
                    continue; // the first line naming the columns (file codes have digits)
                }
                first = false;
                lines.add(line(record, number));
            }
        }
        return lines;
    }

    private static Line line(CSVRecord record, int number) throws RefusedException {
        int filled = record.size();
        while (filled > 3 && record.get(filled - 1).isBlank()) {
            filled--; // spreadsheets add empty columns at the end
        }
        if (filled != 3) {
            throw new RefusedException(NLS.bind(Messages.Plan_columns, number, String.join(" | ", record.toList())));
        }
        String code = record.get(0).strip();
        if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            throw new RefusedException(NLS.bind(Messages.Plan_code, new Object[] { number, printable(code),
                    MAX_CODE }));
        }
        String title = record.get(1).strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || title.chars().anyMatch(Character::isISOControl)) {
            throw new RefusedException(NLS.bind(Messages.Plan_title, number, MAX_TITLE));
        }
        String retention = record.get(2).strip();
        int years;
        try {
            years = Integer.parseInt(retention);
        } catch (NumberFormatException e) {
            years = -1;
        }
        if (years < 0 || years > MAX_YEARS) {
            throw new RefusedException(NLS.bind(Messages.Plan_years, new Object[] { number, printable(retention),
                    MAX_YEARS }));
        }
        return new Line(number, code, title, years);
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252; refused when they are neither. */
    private static String decode(byte[] bytes) throws RefusedException {
        for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_1252)) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // try the next
            }
        }
        throw new RefusedException(Messages.Plan_encoding);
    }

    /** A value as a message shows it: control characters as their code, so that the message itself stays clean. */
    private static String printable(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(MAX_CODE + 10L).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    /** The line of a character position in the text, counting from 1. */
    private static final class LineNumbers {
        private final String text;
        private int position;
        private int line = 1;

        LineNumbers(String text) {
            this.text = text;
        }

        /**
         * The line of the first character of a record at or after the position (where the parser starts a record
         * includes the empty lines it skips). Positions are asked in ascending order, so the count goes on.
         */
        int lineAt(long characterPosition) {
            long start = characterPosition;
            while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
                start++;
            }
            for (; position < start && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
