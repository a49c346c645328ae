-- Questions sent to a practice lead ("Ask a practice lead") and their answers. The asker is known only by pseudonyms
-- (of their id and of their personal chat, whose stored reference carries the answer back). The question and note
-- were checked for case details before they were kept. The practice lead's display name is kept because the card
-- in the experts' channel and the answer show it; the row goes with the retention purge like everything else.
create table expert_question (
    id                     varchar(36)   not null primary key,
    asked_at               timestamp with time zone not null,
    asker_key              varchar(64)   not null,
    asker_conversation_key varchar(64)   not null,
    question               varchar(600)  not null,
    note                   varchar(600),
    topic                  varchar(200),
    nearest                varchar(1000),
    channel_id             varchar(300)  not null,
    card_activity_id       varchar(300),
    status                 varchar(16)   not null,
    claimed_by             varchar(200),
    claimed_by_key         varchar(64),
    claimed_at             timestamp with time zone,
    answer                 varchar(4000),
    answered_at            timestamp with time zone,
    delivered_at           timestamp with time zone,
    reminded_at            timestamp with time zone,
    helpful                boolean
);
create index expert_question_status on expert_question (status, asked_at);
