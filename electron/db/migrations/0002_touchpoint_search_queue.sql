-- Touchpoint notes are indexed in bulk, like people: a trigger only queues the new row in
-- touchpoint_search_dirty, and the core indexes the queue in one statement before a note
-- search and at the end of bulk jobs (electron/db/searchIndex.ts). Indexing a note from a
-- trigger costs about ten times as much per row as indexing a queue of them together.
-- Edits and deletes stay immediate (they are rare and need the old note), and skip the
-- 'delete' for a row that is still queued, because it was never indexed.
CREATE TABLE `touchpoint_search_dirty` (`seq` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
DROP TRIGGER `touchpoints_search_ai`;
--> statement-breakpoint
DROP TRIGGER `touchpoints_search_au`;
--> statement-breakpoint
DROP TRIGGER `touchpoints_search_ad`;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_ai` AFTER INSERT ON `touchpoints` WHEN new.note IS NOT NULL BEGIN
  INSERT OR IGNORE INTO touchpoint_search_dirty(seq) VALUES (new.seq);
END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_au` AFTER UPDATE OF note ON `touchpoints` BEGIN
  INSERT INTO touchpoint_search(touchpoint_search, rowid, note) SELECT 'delete', old.seq, old.note
    WHERE old.note IS NOT NULL AND NOT EXISTS (SELECT 1 FROM touchpoint_search_dirty WHERE seq = old.seq);
  DELETE FROM touchpoint_search_dirty WHERE seq = old.seq;
  INSERT OR IGNORE INTO touchpoint_search_dirty(seq) SELECT new.seq WHERE new.note IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_ad` AFTER DELETE ON `touchpoints` WHEN old.note IS NOT NULL BEGIN
  INSERT INTO touchpoint_search(touchpoint_search, rowid, note) SELECT 'delete', old.seq, old.note
    WHERE NOT EXISTS (SELECT 1 FROM touchpoint_search_dirty WHERE seq = old.seq);
  DELETE FROM touchpoint_search_dirty WHERE seq = old.seq;
END;
