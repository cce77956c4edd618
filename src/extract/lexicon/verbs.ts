// Words that follow a person's name in this genre. They mark where a name ends: a Chinese
// name is two or three characters and the text runs on without a space, so "李斌代表…"
// is 李斌 + 代表, while "杜劲松主持" is 杜劲松 + 主持.

export const NAME_FOLLOWERS: readonly string[] = [
  '同志', '主持', '所作', '所做', '作了', '做了', '作', '做', '代表', '在', '对', '向', '就', '为', '当选', '全票',
  '全额', '以', '等', '和', '与', '及', '出席', '参加', '列席', '宣读', '宣布', '指出', '强调', '强化', '表示', '要求',
  '提出', '提了', '讲话', '致辞', '到会', '颁发', '庄严', '即使', '也', '从', '被', '的', '是', '于', '还', '分别',
  '受', '传达', '通报', '首先', '带领', '如是说', '谈', '说', '讲', '手抚', '依照', '宣誓', '率', '一行', '任',
  '辞去', '担任', '介绍', '汇报', '到', '应邀', '结合', '围绕', '希望', '号召', '充分', '高度', '作为', '就座',
  '就坐', '两名', '三名', '现场', '随后', '深入', '认真', '一职', '职务', '主席台', '同', '共同', '并', '将', '已',
  '先后', '向大会', '代为', '关于', '对于', '总结', '逐一', '依法', '按照', '根据', '全程', '分管', '牵头', '负责', '签订', '与会',
];

/** Speech verbs: the person gave a speech or made remarks (SPOKE). */
export const SPEECH_VERBS: readonly string[] = [
  '讲话', '致辞', '致词', '表态发言', '发言', '指出', '强调', '要求', '表示', '提出', '提了', '希望', '如是说', '谈起',
  '谈到', '寄语', '勉励', '强调指出', '动员',
];

/** Approval verbs (APPROVED). Heard/reviewed only (听取, 审议, 书面审议) is not approval. */
export const APPROVAL_VERB_SOURCE =
  '(?:审查和批准|审查并批准|审议并通过|审议通过|表决通过|票决确定|票决产生|一致通过|举手通过|批准|通过|票决)';
