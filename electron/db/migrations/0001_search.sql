-- Full-text search.
-- person_search: one document per live person (names, identities, organisations and titles,
-- interests, tags, notes), rowid = people.seq (an INTEGER PRIMARY KEY, stable across VACUUM).
-- Triggers do not rebuild documents themselves: they only queue the person in
-- person_search_dirty, which is cheap on every write path (UI, CLI, imports, seeding). The
-- core rebuilds queued documents in bulk before any search (electron/db/searchIndex.ts),
-- folding accents and letters like Ø and Ł in JavaScript so queries and documents agree.
-- touchpoint_search: an external-content index over touchpoint notes, kept by triggers.
CREATE VIRTUAL TABLE `person_search` USING fts5(name, identities, organisations, interests, tags, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = column);
--> statement-breakpoint
CREATE TABLE `person_search_dirty` (`seq` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
CREATE VIEW `person_search_source` AS
SELECT p.seq AS seq, p.id AS id,
  concat_ws(' ', p.display_name, p.given_name, p.family_name, p.nickname) AS name,
  (SELECT group_concat(i.display || ' ' || i.value, ' ') FROM identities i WHERE i.person_id = p.id AND i.deleted_at IS NULL) AS identities,
  (SELECT group_concat(o.name || coalesce(' ' || po.title, ''), ' ') FROM positions po JOIN organisations o ON o.id = po.organisation_id WHERE po.person_id = p.id AND po.deleted_at IS NULL) AS organisations,
  (SELECT group_concat(x.name, ' ') FROM person_interests pi JOIN interests x ON x.id = pi.interest_id WHERE pi.person_id = p.id) AS interests,
  (SELECT group_concat(t.name, ' ') FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = p.id) AS tags,
  concat_ws(' ', p.location, p.notes, p.met_note) AS notes
FROM people p WHERE p.deleted_at IS NULL;
--> statement-breakpoint
CREATE TRIGGER `people_search_ai` AFTER INSERT ON `people` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) VALUES (new.seq);
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_au` AFTER UPDATE OF display_name, given_name, family_name, nickname, location, notes, met_note, deleted_at ON `people` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) VALUES (new.seq);
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_ad` AFTER DELETE ON `people` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) VALUES (old.seq);
END;
--> statement-breakpoint
CREATE TRIGGER `identities_search_ai` AFTER INSERT ON `identities` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `identities_search_au` AFTER UPDATE ON `identities` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = old.person_id;
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `identities_search_ad` AFTER DELETE ON `identities` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = old.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `positions_search_ai` AFTER INSERT ON `positions` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `positions_search_au` AFTER UPDATE ON `positions` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = old.person_id;
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `positions_search_ad` AFTER DELETE ON `positions` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = old.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `person_interests_search_ai` AFTER INSERT ON `person_interests` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `person_interests_search_ad` AFTER DELETE ON `person_interests` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = old.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `person_tags_search_ai` AFTER INSERT ON `person_tags` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `person_tags_search_ad` AFTER DELETE ON `person_tags` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT seq FROM people WHERE id = old.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_search_au` AFTER UPDATE OF name ON `organisations` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT p.seq FROM people p JOIN positions l ON l.person_id = p.id WHERE l.organisation_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `interests_search_au` AFTER UPDATE OF name ON `interests` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT p.seq FROM people p JOIN person_interests l ON l.person_id = p.id WHERE l.interest_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `tags_search_au` AFTER UPDATE OF name ON `tags` BEGIN
  INSERT OR IGNORE INTO person_search_dirty(seq) SELECT p.seq FROM people p JOIN person_tags l ON l.person_id = p.id WHERE l.tag_id = new.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `touchpoint_search` USING fts5(note, content = 'touchpoints', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_ai` AFTER INSERT ON `touchpoints` WHEN new.note IS NOT NULL BEGIN
  INSERT INTO touchpoint_search(rowid, note) VALUES (new.seq, new.note);
END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_au` AFTER UPDATE OF note ON `touchpoints` BEGIN
  INSERT INTO touchpoint_search(touchpoint_search, rowid, note) SELECT 'delete', old.seq, old.note WHERE old.note IS NOT NULL;
  INSERT INTO touchpoint_search(rowid, note) SELECT new.seq, new.note WHERE new.note IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `touchpoints_search_ad` AFTER DELETE ON `touchpoints` WHEN old.note IS NOT NULL BEGIN
  INSERT INTO touchpoint_search(touchpoint_search, rowid, note) VALUES ('delete', old.seq, old.note);
END;
--> statement-breakpoint
-- The default circles and their keep-in-touch rhythm (days).
INSERT INTO `circles` (`id`, `name`, `cadence_days`, `position`, `created_at`, `updated_at`)
SELECT column1, column2, column3, column4, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER)
FROM (VALUES ('inner', 'Inner', 14, 0), ('close', 'Close', 30, 1), ('network', 'Network', 90, 2), ('keep_warm', 'Keep warm', 180, 3), ('dormant', 'Dormant', 365, 4));