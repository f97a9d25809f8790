-- 0007: one alert per customer and party. A party is the listings of different sources that are the same person or
-- company (Vigil.Core.Parties); its alert is kept under one of its listings (source, source_id: the one it was raised
-- on) and names them all.
-- party: the party id (P- and 10 hex digits) when the alert was last raised or refreshed.
-- listings: every listing of the party the customer matched (directly or through the party), 'source:id' one per line,
-- best first; NULL for alerts raised before this migration (their own listing alone).
ALTER TABLE alerts ADD COLUMN party TEXT COLLATE "C" NULL;
ALTER TABLE alerts ADD COLUMN listings TEXT COLLATE "C" NULL;
