-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- How many markers (accounts or visitors) marked both MCs of a pair interesting, kept by the
-- schedule feature in the transaction of every MC mark and unmark (InterestMarkRepository), so
-- that the organisers' overview reads the shared audience of the MCs its matrix shows from one row
-- per pair instead of joining their marks marker by marker: at the generator's large preset the 30
-- most marked MCs hold about 12,000 marks. first_mc is the smaller id. A pair's row goes with
-- either MC (and with its event).
CREATE TABLE interest_pair_count (
    event_id  BIGINT  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    first_mc  BIGINT  NOT NULL REFERENCES microconference (id) ON DELETE CASCADE,
    second_mc BIGINT  NOT NULL REFERENCES microconference (id) ON DELETE CASCADE,
    markers   INTEGER NOT NULL,
    CONSTRAINT interest_pair_count_ordered CHECK (first_mc < second_mc),
    CONSTRAINT interest_pair_count_not_negative CHECK (markers >= 0),
    CONSTRAINT interest_pair_count_pair UNIQUE (first_mc, second_mc)
);
CREATE INDEX interest_pair_count_event_idx ON interest_pair_count (event_id);
CREATE INDEX interest_pair_count_second_idx ON interest_pair_count (second_mc);

INSERT INTO interest_pair_count (event_id, first_mc, second_mc, markers)
SELECT event_id, first_mc, second_mc, COUNT(*) FROM (
    SELECT a.event_id, a.microconference_id AS first_mc, b.microconference_id AS second_mc
    FROM interest_mark a
    JOIN interest_mark b ON b.account_id = a.account_id AND b.event_id = a.event_id
                           AND b.microconference_id > a.microconference_id
    UNION ALL
    SELECT a.event_id, a.microconference_id AS first_mc, b.microconference_id AS second_mc
    FROM interest_mark a
    JOIN interest_mark b ON b.visitor_hash = a.visitor_hash AND b.event_id = a.event_id
                           AND b.microconference_id > a.microconference_id
) pairs GROUP BY event_id, first_mc, second_mc;
