-- A request reopened after a mistaken response keeps its clock, but the alerts for times that
-- passed while it counted as answered are not fired late: only those due from this moment on.
ALTER TABLE requests ADD COLUMN alerts_from INTEGER;
