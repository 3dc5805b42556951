package com.medgrid.platform.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRulesTest {

    @Test
    void ordinaryTextIncludingAccentsAndEmojiPasses() {
        assertTrue(TextRules.problem("Café – Ærø 🚚 #12", true).isEmpty());
        assertTrue(TextRules.problem("line one\nline two\ttabbed\r\n", false).isEmpty());
    }

    @Test
    void controlCharactersAreRefusedEverywhere() {
        assertEquals("contains the control character U+0000, which is not allowed", TextRules.problem("a\u0000b", false).orElseThrow());
        assertTrue(TextRules.problem("bell\u0007", false).isPresent());
        assertTrue(TextRules.problem("del\u007f", false).isPresent());
        assertTrue(TextRules.problem("c1\u0085", false).isPresent());
    }

    @Test
    void lineBreaksAndTabsAreRefusedInSingleLineText() {
        assertTrue(TextRules.problem("Clinic\r\nX-Injected: 1", true).orElseThrow().contains("line break"));
        assertTrue(TextRules.problem("a\tb", true).isPresent());
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertTrue(TextRules.problem("x\ud800", false).orElseThrow().contains("unpaired surrogate"));
        assertTrue(TextRules.problem("\udc00x", false).isPresent());
    }

    @Test
    void foreignTextIsMadeFitToStore() {
        assertEquals("garbage \uFFFD\uFFFD end", TextRules.clip("garbage \u0000\u0007 end", 100));
        assertEquals("multi\nline\ttext", TextRules.clip("multi\nline\ttext", 100));
        assertEquals("abc", TextRules.clip("abcdef", 3));
        assertEquals("a", TextRules.clip("a🚚", 2), "a surrogate pair is never cut in half");
        assertEquals("x\uFFFD", TextRules.clip("x\ud800", 10));
        assertEquals(null, TextRules.clip(null, 10));
    }
}
