"""Header texts that name a column's role, in Chinese and English — data, not code.

Matching (``header_detection.role_of``) compares a header with these after
normalising both: lower case, full-width forms folded, spaces, punctuation and a
scale hint such as "(1-7)" removed. A header equal to a synonym is a strong match;
a short header that contains one ("受访者编号", "Customer quote") a weak one.
Add words here, never an ``if`` in the matcher.
"""

from __future__ import annotations

#: role -> header texts that name it
# fmt: off
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "stage": (
        "阶段", "旅程阶段", "阶段名称", "所处阶段", "环节阶段", "流程阶段", "步骤阶段",
        "stage", "journey stage", "phase", "journey phase", "stage name", "step group",
    ),
    "touchpoint": (
        "接触点", "触点", "环节", "触点名称", "接触点名称", "服务环节", "业务环节", "场景",
        "touchpoint", "touch point", "touchpoint name", "journey step",
        "interaction", "moment",
    ),
    "step": (
        "阶段步骤", "步骤", "步骤名称", "子步骤", "环节步骤",
        "step", "steps", "step name", "sub-step", "substep",
    ),
    "channel": (
        "渠道", "触达渠道", "接触渠道", "渠道名称", "媒介", "平台",
        "channel", "medium", "platform",
    ),
    "score": (
        "评分", "满意度", "打分", "分数", "得分", "满意度评分", "情感分", "情绪分", "体验评分",
        "rating", "score", "satisfaction", "satisfaction score", "csat", "emotion score",
        "sentiment score", "experience score",
    ),
    "comment": (
        "原话", "评价", "评价内容", "反馈", "用户原话", "受访者原话", "意见", "建议", "备注",
        "描述", "说明", "感受", "原因", "访谈记录", "用户反馈",
        "verbatim", "quote", "comment", "comments", "feedback", "remark", "remarks", "notes",
        "note", "reason", "why", "customer quote", "what they said",
    ),
    # A number per touchpoint: two touchpoints of one stage with the same title stay
    # apart, and a touchpoint listed without answers is kept (Journey Canvas's xlsx).
    "touchpoint_no": (
        "接触点编号", "触点编号", "接触点序号",
        "touchpoint no", "touchpoint number", "touchpoint id",
    ),
    "respondent": (
        "受访者", "编号", "序号", "受访者编号", "参与者", "用户编号", "用户", "访谈对象",
        "答卷编号", "id",
        "participant", "participant id", "respondent", "respondent id", "response id",
        "responseid", "interviewee", "user", "user id", "customer id", "#",
    ),
}

#: Respondent metadata written by survey tools (docs/ARCHITECTURE.md): never a score,
#: never a question, whatever the values look like.
METADATA_HEADERS: tuple[str, ...] = (
    # Qualtrics
    "startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)",
    "finished", "recordeddate", "recipientlastname", "recipientfirstname",
    "recipientemail", "externalreference", "locationlatitude", "locationlongitude",
    "distributionchannel", "userlanguage", "q_recaptchascore", "q_relevantidduplicate",
    "responseset", "emailaddress", "externaldatareference",  # legacy Qualtrics
    # SurveyMonkey
    "collector id", "start date", "end date", "ip address", "email address",
    "first name", "last name", "custom data 1",
    # Google Forms, Microsoft Forms, Typeform
    "timestamp", "email", "name", "start time", "completion time", "last modified time",
    "startzeit", "abschlusszeit", "response type", "start date (utc)", "stage date (utc)",
    "submit date (utc)", "network id", "tags",
    # 问卷星 wjx
    "提交答卷时间", "所用时间", "来源", "来源详情", "来自ip", "总分", "ip", "ip地址",
    # 腾讯问卷
    "开始答题时间", "结束答题时间", "答题时长", "提交时间", "填写时间", "地理位置",
    # generic
    "date", "time", "日期", "时间", "年龄", "性别", "age", "gender", "城市", "city",
)
# fmt: on

#: Words that make a survey question a free-text one wherever they stand in it
#: ("您还有什么建议？", "Why did you give these ratings?"), when its answers are
#: not on a scale. Compared after normalising, as whole words for the English ones.
# fmt: off
FREE_TEXT_WORDS: tuple[str, ...] = (
    "建议", "意见", "原因", "为什么", "理由", "其他想法", "还有什么", "补充", "想说", "评价",
    "反馈", "描述", "请说明", "请具体", "改进",
    "comment", "comments", "anything else", "why", "reason", "suggestion", "suggestions",
    "improve", "feedback", "tell us", "describe", "explain", "other thoughts", "in your own words",
)
# fmt: on

#: Words of a survey question that asks which channel the respondent used at a
#: stage ("您通过哪个渠道支付？", "Which channel did you use to pay?"): in the wide
#: layout such a column, answered with short channel names, ties that
#: respondent's scores at that stage to the channel.
CHANNEL_QUESTION_WORDS: tuple[str, ...] = (
    "渠道", "途径", "平台",
    "channel", "channels", "platform", "via",
)  # fmt: skip

#: How a survey tool marks a free-text field in its question ids (Qualtrics ``QID2_TEXT``,
#: ``Q3_4_TEXT``): a regular expression on the id, case-insensitive.
FREE_TEXT_ID = r"(?:^|_)TEXT$"
