-- A reviewer reviews one MC or one plain track (issue 9, point 3). event_role and role_invitation
-- gain the track beside the MC; scope_key is 'event', 'mc:<id>' or 'track:<id>', so that the
-- existing unique constraint (one grant) and unique index (one open invitation) cover tracks too.
-- The scope checks of V3 are replaced: an organiser has neither an MC nor a track, a reviewer exactly
-- one of them, and scope_key names it.
ALTER TABLE event_role ADD COLUMN plain_track_id BIGINT;
ALTER TABLE event_role ADD CONSTRAINT event_role_plain_track_fk
    FOREIGN KEY (plain_track_id) REFERENCES plain_track (id) ON DELETE CASCADE;
ALTER TABLE event_role DROP CONSTRAINT event_role_scope;
ALTER TABLE event_role ADD CONSTRAINT event_role_scope CHECK (
    (role = 'ORGANISER' AND microconference_id IS NULL AND plain_track_id IS NULL AND scope_key = 'event')
    OR (role = 'REVIEWER' AND microconference_id IS NOT NULL AND plain_track_id IS NULL
        AND scope_key = 'mc:' || CAST(microconference_id AS VARCHAR(20)))
    OR (role = 'REVIEWER' AND plain_track_id IS NOT NULL AND microconference_id IS NULL
        AND scope_key = 'track:' || CAST(plain_track_id AS VARCHAR(20))));
CREATE INDEX event_role_plain_track_idx ON event_role (plain_track_id);

ALTER TABLE role_invitation ADD COLUMN plain_track_id BIGINT;
ALTER TABLE role_invitation ADD CONSTRAINT role_invitation_plain_track_fk
    FOREIGN KEY (plain_track_id) REFERENCES plain_track (id) ON DELETE CASCADE;
ALTER TABLE role_invitation DROP CONSTRAINT role_invitation_scope;
ALTER TABLE role_invitation ADD CONSTRAINT role_invitation_scope CHECK (
    (role = 'ORGANISER' AND microconference_id IS NULL AND plain_track_id IS NULL AND scope_key = 'event')
    OR (role = 'REVIEWER' AND microconference_id IS NOT NULL AND plain_track_id IS NULL
        AND scope_key = 'mc:' || CAST(microconference_id AS VARCHAR(20)))
    OR (role = 'REVIEWER' AND plain_track_id IS NOT NULL AND microconference_id IS NULL
        AND scope_key = 'track:' || CAST(plain_track_id AS VARCHAR(20))));
CREATE INDEX role_invitation_plain_track_idx ON role_invitation (plain_track_id);
