-- The workspace's settings (deadlines, thresholds, four eyes, language, theme) as text by id; an id
-- absent here has its default (domain/WorkspaceSettings). Every change is also an audit record.
CREATE TABLE setting (
    id         VARCHAR(64) PRIMARY KEY,
    text       VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64) NOT NULL
);

-- The version of Arbitra that last migrated the workspace: an older build that finds a schema it
-- does not know names this version in its refusal ("open it with Arbitra X or newer").
ALTER TABLE workspace_info ADD COLUMN migrated_by_version VARCHAR(32);
