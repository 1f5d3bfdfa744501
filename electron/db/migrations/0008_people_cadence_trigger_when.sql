-- A new person with neither a cadence nor a circle has no effective cadence (the column's
-- default): the insert trigger now fires only when there is one to copy, so bulk imports of
-- tens of thousands of people no longer rewrite each new row a second time.
DROP TRIGGER `people_cadence_ai`;
--> statement-breakpoint
CREATE TRIGGER `people_cadence_ai` AFTER INSERT ON `people` WHEN new.cadence_days IS NOT NULL OR new.circle_id IS NOT NULL BEGIN
  UPDATE people SET effective_cadence_days = coalesce(new.cadence_days, (SELECT cadence_days FROM circles WHERE id = new.circle_id))
  WHERE seq = new.seq;
END;
