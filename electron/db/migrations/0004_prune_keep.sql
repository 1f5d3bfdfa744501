-- "Keep" in the prune view: the person is no longer suggested for dormant or archive.
ALTER TABLE `people` ADD `prune_kept_at` integer;