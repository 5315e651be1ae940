-- The search index's generation shared by every node (profile cluster): a node that changed the
-- index moves it on, and every node forgets the directory answers and pages it remembered under
-- an older number. A single node counts in memory and leaves this row alone.
create table enterprises_index_generation (
    id int not null,
    generation bigint not null,
    constraint enterprises_index_generation_pk primary key (id)
);
insert into enterprises_index_generation (id, generation) values (1, 0);
