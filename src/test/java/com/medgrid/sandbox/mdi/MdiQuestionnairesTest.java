package com.medgrid.sandbox.mdi;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MdiQuestionnairesTest {

    /** Every field of the document's "List questionnaires" example (and "Get questionnaire"'s two more). */
    private static final Set<String> QUESTIONNAIRE_FIELDS = Set.of("partner_questionnaire_id", "active", "name", "intro_title",
            "intro_description", "outro_title", "outro_description", "redirect_url", "redirect_title", "has_pharmacy", "terms_of_service",
            "metadata", "is_weight_asked", "is_height_asked", "is_show_welcome", "is_show_thanks", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("partner_questionnaire_question_id", "title", "description", "label",
            "placeholder", "is_important", "is_critical", "display_in_pdf", "is_optional", "is_visible", "has_next_button", "has_back_button",
            "order", "type", "default_value", "feed_ads", "rule_type", "options", "attachments", "rules");
    private static final Set<String> OPTION_FIELDS = Set.of("partner_questionnaire_question_option_id", "title", "option", "is_important",
            "is_critical", "is_show_additional_field", "order");

    @Test
    void twoActiveIntakesWithTheDocumentsFieldsAndUniqueIds() {
        assertEquals(List.of("Hormone therapy intake", "Weight management intake"),
                MdiQuestionnaires.ALL.stream().map(q -> q.getString("name")).toList());
        List<String> ids = new ArrayList<>();
        for (JsonObject questionnaire : MdiQuestionnaires.ALL) {
            assertEquals(QUESTIONNAIRE_FIELDS, questionnaire.keySet());
            assertTrue(questionnaire.getBoolean("active"));
            ids.add(questionnaire.getString("partner_questionnaire_id"));
            List<JsonObject> questions = questionnaire.getJsonArray("questions").getValuesAs(JsonObject.class);
            assertTrue(questions.size() >= 3 && questions.size() <= 5, questionnaire.getString("name"));
            for (int i = 0; i < questions.size(); i++) {
                JsonObject question = questions.get(i);
                assertEquals(QUESTION_FIELDS, question.keySet());
                assertEquals(i + 1, question.getInt("order"));
                ids.add(question.getString("partner_questionnaire_question_id"));
                List<JsonObject> options = question.getJsonArray("options").getValuesAs(JsonObject.class);
                boolean choice = question.getString("type").endsWith("_option");
                assertEquals(choice, !options.isEmpty(), question.getString("title"));
                for (int o = 0; o < options.size(); o++) {
                    assertEquals(OPTION_FIELDS, options.get(o).keySet());
                    assertEquals(o + 1, options.get(o).getInt("order"));
                    ids.add(options.get(o).getString("partner_questionnaire_question_option_id"));
                }
            }
        }
        assertEquals(ids.size(), new HashSet<>(ids).size());
        Set<String> types = new HashSet<>();
        MdiQuestionnaires.ALL.forEach(q -> q.getJsonArray("questions").getValuesAs(JsonObject.class).forEach(question -> types.add(question.getString("type"))));
        assertEquals(Set.of("boolean", "single_option", "multiple_option", "text"), types);
    }

    @Test
    void aQuestionnaireIsFoundByItsIdOnly() {
        JsonObject weight = MdiQuestionnaires.ALL.get(1);
        assertEquals(weight, MdiQuestionnaires.byId(weight.getString("partner_questionnaire_id")).orElseThrow());
        assertTrue(weight.getBoolean("is_weight_asked"));
        assertTrue(MdiQuestionnaires.byId("54b98d56-4ef9-4512-9918-01ec6860edef").isEmpty());
        assertTrue(MdiQuestionnaires.byId(null).isEmpty());
        // connectors store it: it must not change from one start to the next
        assertEquals(MdiIds.of("mdi-questionnaire-hormone-therapy"), MdiQuestionnaires.ALL.get(0).getString("partner_questionnaire_id"));
    }

    @Test
    void theAgeRuleHasMdisShape() {
        JsonObject rule = MdiQuestionnaires.ALL.get(1).getJsonArray("questions").getJsonObject(2).getJsonArray("rules").getJsonObject(0);
        assertEquals("and", rule.getString("type"));
        JsonObject requirement = rule.getJsonArray("requirements").getJsonObject(0);
        assertEquals("age", requirement.getString("based_on"));
        assertEquals(JsonValue.NULL, requirement.get("required_question_id"));
        assertEquals(">=", requirement.getString("conditional_answer"));
        assertEquals("18", requirement.getString("required_answer"));
    }
}
