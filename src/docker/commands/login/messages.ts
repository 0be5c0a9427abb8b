import { defineMessages } from '../../../i18n/index.js';

/** `docker login`: its flags in --help and the sentences of its "What happened" note. */
export const loginCommandMessages = defineMessages(
  {
    flags: {
      'password': 'Password',
      'password-stdin': 'Take the password from stdin',
      'username': 'Username',
    },
    explained: 'The registry accepted the user name and password; the credentials are stored for later pulls and pushes.',
  },
  {
    flags: {
      'password': '비밀번호',
      'password-stdin': '비밀번호를 표준 입력에서 읽기',
      'username': '사용자 이름',
    },
    explained: '레지스트리가 사용자 이름과 비밀번호를 받아들였고, 이후 pull과 push에 쓸 자격 증명이 저장되었습니다.',
  },
);
