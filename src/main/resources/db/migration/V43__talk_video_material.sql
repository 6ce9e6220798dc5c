-- Issue 14, point 2: any talk, not only an MC session, carries a recording link. A talk's
-- own video is a link material of kind VIDEO, added, hidden and removed as its other links
-- are; the talk's page and the schedule exports show it as the talk's recording.
ALTER TABLE talk_material DROP CONSTRAINT talk_material_kind;
ALTER TABLE talk_material ADD CONSTRAINT talk_material_kind CHECK (
    (kind IN ('LINK', 'VIDEO') AND url IS NOT NULL AND file_name IS NULL AND media_type IS NULL
        AND size_bytes IS NULL AND chunk_count IS NULL)
    OR (kind = 'FILE' AND url IS NULL AND file_name IS NOT NULL AND media_type IS NOT NULL AND size_bytes > 0
        AND chunk_count > 0));
