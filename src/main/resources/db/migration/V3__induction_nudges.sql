-- Weekly nudges back to the new starters' pathway, for people who pressed "Remind me weekly" (and only them).
-- The person and their personal chat are known only by pseudonyms (the chat's stored conversation reference
-- carries the nudge). step: the pathway step they are on, kept up to date as they move. updated_at: when they
-- last opted in or moved; the retention purge ends nudges for someone who has not been back in that time.
-- A row is deleted at "stop reminders" and when the person reaches the pathway's last step.
create table induction_nudge (
    user_key         varchar(64) not null primary key,
    conversation_key varchar(64) not null,
    step             integer     not null,
    opted_in_at      timestamp with time zone not null,
    last_nudged_at   timestamp with time zone,
    updated_at       timestamp with time zone not null
);
