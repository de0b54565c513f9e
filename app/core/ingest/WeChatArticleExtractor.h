#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rs {

// A WeChat public-account article saved from a browser (with or without its "_files" folder): the
// article body is the markup inside #js_content, the title is the rich_media_title heading (or
// og:title), the publication time is the "ct" Unix timestamp in the page's scripts, and the
// account's name is the source. Pages that only say the article was deleted or blocked are refused.
class WeChatArticleExtractor
{
    Q_DECLARE_TR_FUNCTIONS(WeChatArticleExtractor)

public:
    struct Result
    {
        bool ok = false;
        QString error;    // "WeChat article deleted by its publisher (已被发布者删除)", …
        QString bodyHtml; // the title as <h1>, then the inner markup of #js_content
        QString title;
        QDateTime published;   // local time of the "ct" timestamp (China Standard Time)
        QString account;       // the public account's name
        bool original = false; // marked 原创 by the account
        QString repostedFrom;  // "以下文章来源于 X": the account the article was taken from
    };

    static Result extract(const QString& html);
    static bool isWeChatPage(const QString& html);
};

} // namespace rs
