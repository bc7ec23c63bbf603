package fi.silta.resources;

/**
 * What a resource is about: the themes around an older person living at home that partners' guides, forms and
 * training material are sorted by. Labels in the {@code resources} bundle ({@code topic_$CAREGIVING}).
 */
public enum ResourceTopic {
    CAREGIVING,
    MEMORY,
    MOBILITY,
    LONELINESS,
    NUTRITION,
    HOME_SAFETY,
    BENEFITS_AND_FORMS,
    VOLUNTEER_TRAINING
}
