-- The time to the first Accepted submission of a problem, as the learner's timer read it (practice like an
-- interview); recorded once per problem.
CREATE TABLE solve_time (
    problem_id    VARCHAR(200) PRIMARY KEY,
    timer_ms      BIGINT NOT NULL,
    submission_id BIGINT,
    solved_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT solve_time_positive CHECK (timer_ms >= 0)
);
