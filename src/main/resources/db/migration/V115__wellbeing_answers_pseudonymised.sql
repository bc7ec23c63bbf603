-- When a closed referral is pseudonymised for statistics, its self-report keeps only what the change report needs:
-- the WHO-5 raw score and the UCLA-3 score of each round, in plain numbers no longer tied to anyone. The item answers
-- (encrypted), who recorded them and when are cleared, and the referral's one-time links are deleted.
ALTER TABLE wellbeing_answer
    ADD COLUMN who5_raw    integer CHECK (who5_raw BETWEEN 0 AND 25),
    ADD COLUMN ucla3_score integer CHECK (ucla3_score BETWEEN 3 AND 9),
    ALTER COLUMN answers DROP NOT NULL,
    ALTER COLUMN recorded_by DROP NOT NULL,
    ALTER COLUMN recorded_at DROP NOT NULL,
    ADD CONSTRAINT wellbeing_answer_items_or_scores
        CHECK (answers IS NOT NULL OR (who5_raw IS NOT NULL AND ucla3_score IS NOT NULL));
