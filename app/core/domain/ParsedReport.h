#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

// One block of the cleaned body. Offsets are UTF-16 code units into ParsedReport::body.
struct Paragraph
{
    enum class Kind
    {
        Text,
        Heading,
        Caption
    };
    int start = 0;
    int end = 0; // exclusive
    Kind kind = Kind::Text;
    int page = 0; // 1-based page of the original (PDF) the paragraph starts on; 0 when it has none
};

struct ReportMetadata
{
    QString title;
    // No title line was found: the title is the first sentence, or else the file name, and the reader
    // says so (the analyst can set it with Edit Details).
    bool titleGuessed = false;
    QString subtitle;      // a heading line right below the title; it also stays in the body
    QDate publishedOn;     // invalid when the text states no date
    QString publishedText; // the date as written ("2023-04-24", "2022年10月15日")
    QString source;        // outlet or issuing body ("珠海特区报", "中共广东省委组织部")
    QStringList authors;   // "宋一诺", "甘丰恺"; "佚名" is kept as written
    QString originalUrl;
    QString dateline; // a repeated copy's dateline, e.g. "珠海特区报 2023-03-24 11:35"
};

// The result of decoding and cleaning one report. The body is what is stored and what every
// later offset (metrics, annotations) counts into: paragraphs joined by a single '\n'.
struct ParsedReport
{
    QString body;
    QVector<Paragraph> paragraphs;
    ReportMetadata metadata;
    QString encoding; // "UTF-8", "GB18030", "UTF-16LE", ...
    QString format;   // what the original was: FormatSniffer::name ("txt", "html", "wechat", "pdf", "docx")
    QString repostedFrom; // a WeChat article taken from another account ("以下文章来源于 …")
    bool wasHtml = false;
    bool collapsedRepeat = false;
    int removedBoilerplateLines = 0;
};

} // namespace rs
