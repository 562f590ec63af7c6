-- Retort downgrade head -> base for Oracle 19
-- Review before running, and stop at the first error (psql -v ON_ERROR_STOP=1;
-- the mariadb/mysql client stops by itself; SQL*Plus: WHENEVER SQLERROR EXIT FAILURE).

-- Running downgrade 882398bc4f89 -> base, initial migration
drop table salary;
drop table employee_project;
drop table project;
drop table employee;
drop table department;
delete from retort_version where version_id = '882398bc4f89';
insert into retort_history (seq, revision, direction, message, checksum, applied_at, duration_ms, success) select coalesce(max(seq), 0) + 1, '882398bc4f89', 'downgrade', 'initial migration', '95deccb402995347a1ad263c3d577f0b6418460a631da6d7b95f6ccfae9653f6', current_timestamp, 0, 1 from retort_history;
commit;

