-- A small center site: 공지사항 with a pinned notice, a reply, comments, a secret post and broken
-- rows; a photo gallery; a 질문답변 board of secret questions; and a board whose table is gone.
insert into g5_member (mb_id, mb_password, mb_name, mb_nick, mb_email, mb_level, mb_datetime) values
  ('admin', '*hash', '홍길동', '관리자', 'hong@example.com', 10, '2018-01-02 09:00:00'),
  ('kim', '*hash', '김철수', '철수', 'kim@example.com', 2, '2018-02-03 10:00:00');

insert into g5_board (bo_table, gr_id, bo_subject, bo_use_category, bo_category_list, bo_skin, bo_mobile_skin, bo_order, bo_notice) values
  ('notice', 'community', '공지사항', 1, '일반|채용', 'basic', 'basic', 1, '2'),
  ('gallery', 'community', '활동 사진', 0, '', 'gallery', 'gallery', 2, ''),
  ('qa', 'community', '질문답변', 0, '', 'basic', 'basic', 3, ''),
  ('ghost', 'community', '지워진 게시판', 0, '', 'basic', 'basic', 4, '');

insert into g5_write_notice (wr_id, wr_num, wr_reply, wr_parent, wr_is_comment, ca_name, wr_option, wr_subject, wr_content,
    wr_link1, wr_link2, wr_hit, mb_id, wr_name, wr_email, wr_datetime, wr_file) values
  (1, -1, '', 1, 0, '일반', 'html1', '2019년 사업 안내',
    '<p>2019년 사업을 안내합니다.</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">링크</a> 홍길동 드림',
    'https://example.org/2019', '', 120, 'admin', '홍길동', 'hong@example.com', '2019-03-04 09:30:00', 0),
  (2, -2, '', 2, 0, '채용', '', '활동가 채용 공고',
    '센터와 함께할 활동가를 찾습니다.\n\n<b>지원 방법</b>은 첨부를 보세요.', '', '', 45, 'admin', '홍길동', 'hong@example.com',
    '2019-05-01 10:00:00', 3),
  (3, -2, 'A', 3, 0, '채용', '', 'Re: 활동가 채용 공고', '마감일이 언제인가요?', '', '', 7, 'kim', '김철수', 'kim@example.com',
    '2019-05-02 11:00:00', 0),
  (4, -2, '', 2, 1, '', '', '', '좋은 소식이네요', '', '', 0, 'kim', '김철수', 'kim@example.com', '2019-05-03 12:00:00', 0),
  (5, -5, '', 99, 1, '', '', '', '원글이 없는 댓글', '', '', 0, 'kim', '김철수', 'kim@example.com', '2019-05-04 12:00:00', 0),
  (6, -6, '', 6, 0, '', '', '', '제목 없는 글', '', '', 3, 'admin', '홍길동', 'hong@example.com', '2019-06-01 09:00:00', 0),
  (7, -7, '', 7, 0, '', '', '날짜가 깨진 글', '날짜가 0000-00-00', '', '', 3, 'admin', '홍길동', 'hong@example.com',
    '0000-00-00 00:00:00', 0),
  (8, -8, '', 8, 0, '', 'secret', '운영위원회 내부 안내', '위원만 보는 글입니다.', '', '', 2, 'admin', '홍길동', 'hong@example.com',
    '2019-07-01 09:00:00', 0);

insert into g5_write_gallery (wr_id, wr_num, wr_reply, wr_parent, wr_is_comment, ca_name, wr_option, wr_subject, wr_content,
    wr_link1, wr_link2, wr_hit, mb_id, wr_name, wr_email, wr_datetime, wr_file) values
  (1, -1, '', 1, 0, '', 'html2', '봄 나눔장터 사진', '<p>봄 나눔장터 현장입니다.</p>', '', '', 310, 'admin', '홍길동',
    'hong@example.com', '2020-04-10 14:00:00', 1);

insert into g5_write_qa (wr_id, wr_num, wr_reply, wr_parent, wr_is_comment, ca_name, wr_option, wr_subject, wr_content,
    wr_link1, wr_link2, wr_hit, mb_id, wr_name, wr_email, wr_datetime, wr_file) values
  (1, -1, '', 1, 0, '', 'secret', '지원 자격 문의', '사업자등록 전에도 신청할 수 있나요? 연락처 010-1234-5678', '', '', 4, 'kim',
    '김철수', 'kim@example.com', '2021-02-01 09:00:00', 0),
  (2, -1, 'A', 2, 0, '', 'html1,secret', 'Re: 지원 자격 문의', '<p>네, 예비 창업팀도 신청할 수 있습니다.</p>', '', '', 2,
    'admin', '홍길동', 'hong@example.com', '2021-02-02 09:00:00', 0),
  (3, -1, '', 1, 1, '', '', '', '감사합니다', '', '', 0, 'kim', '김철수', 'kim@example.com', '2021-02-03 09:00:00', 0);

insert into g5_board_file (bo_table, wr_id, bf_no, bf_source, bf_file, bf_download, bf_content, bf_filesize, bf_type, bf_datetime) values
  ('notice', 2, 0, '채용 안내문.pdf', '2093847_a1b2c3.pdf', 12, '', 0, 0, '2019-05-01 10:00:00'),
  ('notice', 2, 1, '지원서.hwp', '2093847_d4e5f6.hwp', 3, '', 0, 0, '2019-05-01 10:00:00'),
  ('notice', 2, 2, '포스터.pdf', '2093847_gone.pdf', 0, '', 0, 0, '2019-05-01 10:00:00'),
  ('gallery', 1, 0, '장터.png', '3984756_f0e1d2.png', 30, '', 0, 1, '2020-04-10 14:00:00');
