-- Reads of people's data are audited too (one row per list page), so the log grows with every
-- look at the register; "who read how much" and the log filtered by account read by account
-- and time.
create index audit_log_account_created_idx on audit_log (organization_id, account_id, created_at desc);
