package com.medgrid.platform.validation;

import java.util.Optional;

/**
 * What text MedGrid accepts from callers: no control characters (PostgreSQL refuses NUL, and
 * control characters corrupt logs, CSV exports and HTTP headers), no unpaired surrogates (not
 * Unicode, so not storable as UTF-8), and in single-line values no line breaks or tabs either.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * @param singleLine whether tab, CR and LF are refused too (names, codes, short columns)
     * @return why the text is refused, or empty when it is acceptable
     */
    public static Optional<String> problem(String text, boolean singleLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (lineBreakOrTab && singleLine) {
                return Optional.of("contains a line break or tab, which is not allowed here");
            }
            if ((c < 0x20 && !lineBreakOrTab) || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of(String.format("contains the control character U+%04X, which is not allowed", (int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate, which is not valid Unicode");
            }
        }
        return Optional.empty();
    }

    /**
     * Text from elsewhere (a vendor's answer, an exception) made fit to store: control characters
     * other than tab and line breaks and unpaired surrogates replaced by U+FFFD, cut to {@code max}
     * characters. Null stays null.
     */
    public static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder();
        for (int cp : (Iterable<Integer>) text.codePoints()::iterator) {
            boolean refused = Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp)
                    || (Character.isBmpCodePoint(cp) && problem(String.valueOf((char) cp), false).isPresent());
            int next = refused ? 0xFFFD : cp;
            if (clean.length() + Character.charCount(next) > max) {
                break;
            }
            clean.appendCodePoint(next);
        }
        return clean.toString();
    }
}
