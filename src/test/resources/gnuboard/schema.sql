-- The Gnuboard5 tables the import reads, written for these tests from the public description
-- of the schema (board settings, attachments, members); a board's posts live in its own
-- g5_write_<bo_table> table, see write_table.sql.
create table g5_board (
  bo_table varchar(20) not null default '',
  gr_id varchar(255) not null default '',
  bo_subject varchar(255) not null default '',
  bo_mobile_subject varchar(255) not null default '',
  bo_device enum('both','pc','mobile') not null default 'both',
  bo_admin varchar(255) not null default '',
  bo_list_level tinyint not null default 0,
  bo_read_level tinyint not null default 0,
  bo_write_level tinyint not null default 0,
  bo_reply_level tinyint not null default 0,
  bo_comment_level tinyint not null default 0,
  bo_use_category tinyint not null default 0,
  bo_category_list text not null,
  bo_use_secret tinyint not null default 0,
  bo_use_dhtml_editor tinyint not null default 0,
  bo_skin varchar(255) not null default '',
  bo_mobile_skin varchar(255) not null default '',
  bo_upload_count tinyint not null default 0,
  bo_upload_size int not null default 0,
  bo_order int not null default 0,
  bo_count_write int not null default 0,
  bo_count_comment int not null default 0,
  bo_notice text not null,
  bo_1 varchar(255) not null default '',
  bo_2 varchar(255) not null default '',
  primary key (bo_table)
) default charset=utf8mb4;

create table g5_board_file (
  bo_table varchar(20) not null default '',
  wr_id int not null default 0,
  bf_no int not null default 0,
  bf_source varchar(255) not null default '',
  bf_file varchar(255) not null default '',
  bf_download int not null default 0,
  bf_content text not null,
  bf_fileurl varchar(255) not null default '',
  bf_thumburl varchar(255) not null default '',
  bf_storage varchar(50) not null default '',
  bf_filesize int not null default 0,
  bf_width int not null default 0,
  bf_height smallint not null default 0,
  bf_type tinyint not null default 0,
  bf_datetime datetime not null default '0000-00-00 00:00:00',
  primary key (bo_table, wr_id, bf_no)
) default charset=utf8mb4;

create table g5_member (
  mb_no int not null auto_increment,
  mb_id varchar(20) not null default '',
  mb_password varchar(255) not null default '',
  mb_name varchar(255) not null default '',
  mb_nick varchar(255) not null default '',
  mb_email varchar(255) not null default '',
  mb_hp varchar(255) not null default '',
  mb_level tinyint not null default 0,
  mb_datetime datetime not null default '0000-00-00 00:00:00',
  primary key (mb_no),
  unique key mb_id (mb_id)
) default charset=utf8mb4;
