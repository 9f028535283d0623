-- A learner's own notes on a problem (Markdown), one per problem; saved as typed, searched from the problem list.
CREATE TABLE problem_note (
    problem_id  VARCHAR(200) PRIMARY KEY,
    text        CHARACTER LARGE OBJECT NOT NULL,
    saved_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
