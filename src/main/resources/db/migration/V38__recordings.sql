-- Recordings (issue 14, point 2): each MC session is recorded as one video, kept by the
-- session's GUID, which released versions keep while the session is moved (placing it
-- anew makes another); each talk inside it carries the second its part of that video
-- starts at. A removed recording keeps its row with an empty address, so that its
-- version never starts again and an old form cannot pass for a current one.
CREATE TABLE session_recording (
    event_id      BIGINT                   NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    session_guid  UUID                     NOT NULL,
    url           VARCHAR(2000)            NOT NULL,
    version       INT                      NOT NULL DEFAULT 0,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_id, session_guid)
);

CREATE TABLE talk_recording_offset (
    topic_id        BIGINT NOT NULL PRIMARY KEY REFERENCES topic (id) ON DELETE CASCADE,
    event_id        BIGINT NOT NULL,
    session_guid    UUID   NOT NULL,
    offset_seconds  INT    NOT NULL,
    CONSTRAINT talk_recording_offset_not_negative CHECK (offset_seconds >= 0),
    CONSTRAINT talk_recording_offset_session FOREIGN KEY (event_id, session_guid)
        REFERENCES session_recording (event_id, session_guid) ON DELETE CASCADE
);

CREATE INDEX talk_recording_offset_session_idx ON talk_recording_offset (event_id, session_guid);
