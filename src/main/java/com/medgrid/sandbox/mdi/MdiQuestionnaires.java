package com.medgrid.sandbox.mdi;

import com.medgrid.platform.api.ApiJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * The partner questionnaires every client of the simulator has enabled: a hormone therapy intake
 * and a weight management intake, with every field MDI's questionnaire objects carry (most of them
 * at MDI's defaults), so the connector reads the same shape as from MDI; every id is {@link MdiIds fixed}.
 */
final class MdiQuestionnaires {

    private static final String BOOLEAN = "boolean";
    private static final String SINGLE = "single_option";
    private static final String MULTIPLE = "multiple_option";
    private static final String TEXT = "text";

    /**
     * A question: {@code critical} ones MDI flags to the clinician ({@code is_important}, {@code is_critical});
     * {@code adultsOnly} gives it MDI's age rule (asked of patients 18 and over).
     */
    private record Question(String title, String type, boolean optional, boolean critical, boolean adultsOnly, List<String> options) {

        static Question of(String title, String type, String... options) {
            return new Question(title, type, false, false, false, List.of(options));
        }
    }

    static final List<JsonObject> ALL = List.of(
            questionnaire("hormone-therapy", "Hormone therapy intake", "Tell us about your symptoms and health history.",
                    true, false, false, List.of(
                            Question.of("Are you currently taking any hormone therapy?", BOOLEAN),
                            Question.of("Which symptoms would you like to address?", MULTIPLE, "Low energy", "Low libido", "Mood changes",
                                    "Hot flashes or night sweats", "Poor sleep"),
                            Question.of("How would you describe your general health?", SINGLE, "Excellent", "Good", "Fair", "Poor"),
                            new Question("Have you ever been diagnosed with a hormone-sensitive cancer (breast, prostate or endometrial)?",
                                    BOOLEAN, false, true, false, List.of()),
                            new Question("List any medications and supplements you take.", TEXT, true, false, false, List.of()))),
            questionnaire("weight-management", "Weight management intake", "Tell us about your goals and health history.",
                    true, true, true, List.of(
                            Question.of("Have you taken a GLP-1 medication (semaglutide, tirzepatide) before?", BOOLEAN),
                            Question.of("What is your main goal?", SINGLE, "Lose weight", "Maintain my weight", "Improve my metabolic health"),
                            new Question("Do you or your family have a history of medullary thyroid cancer or MEN 2?", BOOLEAN, false, true, true,
                                    List.of()),
                            Question.of("Which of these conditions apply to you?", MULTIPLE, "Type 2 diabetes", "High blood pressure",
                                    "High cholesterol", "Sleep apnea", "None of these"))));

    private MdiQuestionnaires() {
    }

    static Optional<JsonObject> byId(String questionnaireId) {
        return ALL.stream().filter(q -> q.getString("partner_questionnaire_id").equals(questionnaireId)).findFirst();
    }

    private static JsonObject questionnaire(String key, String name, String intro, boolean pharmacy, boolean weight, boolean height,
                                            List<Question> questions) {
        JsonArrayBuilder asked = ApiJson.JSON.createArrayBuilder();
        for (int i = 0; i < questions.size(); i++) {
            asked.add(question(key + "-" + (i + 1), i + 1, questions.get(i)));
        }
        return ApiJson.JSON.createObjectBuilder().add("partner_questionnaire_id", MdiIds.of("mdi-questionnaire-" + key))
                .add("active", true).add("name", name).add("intro_title", name).add("intro_description", intro).add("outro_title", "Thank you")
                .add("outro_description", "A clinician will review your answers shortly.").add("redirect_url", JsonValue.NULL)
                .add("redirect_title", JsonValue.NULL).add("has_pharmacy", pharmacy).add("terms_of_service", JsonValue.NULL)
                .add("metadata", JsonValue.NULL).add("is_weight_asked", weight).add("is_height_asked", height).add("is_show_welcome", true)
                .add("is_show_thanks", true).add("questions", asked).build();
    }

    private static JsonObject question(String key, int order, Question question) {
        JsonArrayBuilder options = ApiJson.JSON.createArrayBuilder();
        for (int i = 0; i < question.options().size(); i++) {
            String title = question.options().get(i);
            options.add(ApiJson.JSON.createObjectBuilder()
                    .add("partner_questionnaire_question_option_id", MdiIds.of("mdi-option-" + key + "-" + (i + 1))).add("title", title)
                    .add("option", title).add("is_important", false).add("is_critical", false).add("is_show_additional_field", false)
                    .add("order", i + 1));
        }
        return ApiJson.JSON.createObjectBuilder().add("partner_questionnaire_question_id", MdiIds.of("mdi-question-" + key))
                .add("title", question.title()).add("description", JsonValue.NULL).add("label", JsonValue.NULL)
                .add("placeholder", TEXT.equals(question.type()) ? ApiJson.JSON.createValue("Type your answer") : JsonValue.NULL)
                .add("is_important", question.critical()).add("is_critical", question.critical()).add("display_in_pdf", true)
                .add("is_optional", question.optional()).add("is_visible", true).add("has_next_button", true).add("has_back_button", true)
                .add("order", order).add("type", question.type()).add("default_value", JsonValue.NULL).add("feed_ads", JsonValue.NULL)
                .add("rule_type", "and").add("options", options).add("attachments", JsonValue.EMPTY_JSON_ARRAY)
                .add("rules", question.adultsOnly() ? adultsOnly(key) : JsonValue.EMPTY_JSON_ARRAY).build();
    }

    /** MDI's rule shape ({@code based_on} a patient's age, a comparison, the answer required). */
    private static JsonArray adultsOnly(String key) {
        return ApiJson.JSON.createArrayBuilder().add(ApiJson.JSON.createObjectBuilder().add("id", MdiIds.of("mdi-rule-" + key))
                .add("title", "Rule - adults only").add("type", "and").add("requirements", ApiJson.JSON.createArrayBuilder()
                        .add(ApiJson.JSON.createObjectBuilder().add("based_on", "age").add("required_question_id", JsonValue.NULL)
                                .add("required_question_title", JsonValue.NULL).add("conditional_answer", ">=").add("required_answer", "18"))))
                .build();
    }
}
