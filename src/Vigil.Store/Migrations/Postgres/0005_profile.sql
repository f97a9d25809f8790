-- 0005: the scoring profile (ScoringProfile.Id, 'name@version') that scored each screening job and each alert.
-- Rows written before 0005 were scored by the only profile Vigil then had, the shipped one, now named 'default@1'
-- (its numbers are unchanged), so existing rows get that. A refreshed alert takes the profile of the job that refreshed it.
ALTER TABLE screening_jobs ADD COLUMN profile TEXT COLLATE "C" NOT NULL DEFAULT 'default@1';
ALTER TABLE alerts ADD COLUMN profile TEXT COLLATE "C" NOT NULL DEFAULT 'default@1';
