#include "Passage.h"

#include "storage/ArticleStore.h"

namespace rs {
namespace {

Passage makePassage(const QVector<Paragraph>& paragraphs, Passage::Kind kind, int first, int last,
                    int headingCount)
{
    Passage passage;
    passage.kind = kind;
    passage.firstParagraph = first;
    passage.lastParagraph = last;
    passage.headingCount = headingCount;
    passage.start = paragraphs.at(first).start;
    passage.end = paragraphs.at(last).end;
    return passage;
}

} // namespace

AlignReport AlignReport::fromArticle(const StoredArticle& article)
{
    return AlignReport{article.id, article.body, article.paragraphs};
}

AlignReport AlignReport::fromLines(const QStringList& lines, qint64 articleId)
{
    AlignReport report;
    report.articleId = articleId;
    for (QString line : lines) {
        Paragraph paragraph;
        if (line.startsWith(QLatin1String("# "))) {
            paragraph.kind = Paragraph::Kind::Heading;
            line.remove(0, 2);
        } else if (line.startsWith(QLatin1String("! "))) {
            paragraph.kind = Paragraph::Kind::Caption;
            line.remove(0, 2);
        }
        if (!report.body.isEmpty())
            report.body += QLatin1Char('\n');
        paragraph.start = int(report.body.size());
        report.body += line;
        paragraph.end = int(report.body.size());
        report.paragraphs.append(paragraph);
    }
    return report;
}

QVector<Passage> PassageSegmenter::sections(const QVector<Paragraph>& paragraphs)
{
    QVector<Passage> out;
    const int count = int(paragraphs.size());
    int i = 0;
    while (i < count && paragraphs.at(i).kind != Paragraph::Kind::Heading)
        ++i;
    if (i > 0)
        out.append(makePassage(paragraphs, Passage::Kind::Section, 0, i - 1, 0));
    while (i < count) {
        const int first = i;
        while (i < count && paragraphs.at(i).kind == Paragraph::Kind::Heading)
            ++i;
        const int headings = i - first;
        while (i < count && paragraphs.at(i).kind != Paragraph::Kind::Heading)
            ++i;
        out.append(makePassage(paragraphs, Passage::Kind::Section, first, i - 1, headings));
    }
    return out;
}

int PassageSegmenter::headedSectionCount(const QVector<Paragraph>& paragraphs)
{
    int runs = 0;
    bool previousWasHeading = false;
    for (const Paragraph& paragraph : paragraphs) {
        const bool heading = paragraph.kind == Paragraph::Kind::Heading;
        if (heading && !previousWasHeading)
            ++runs;
        previousWasHeading = heading;
    }
    return runs;
}

QVector<Passage> PassageSegmenter::paragraphs(const QVector<Paragraph>& paragraphs, int first, int last)
{
    QVector<Passage> out;
    if (last < 0 || last >= paragraphs.size())
        last = int(paragraphs.size()) - 1;
    for (int i = std::max(0, first); i <= last; ++i)
        out.append(makePassage(paragraphs, Passage::Kind::Paragraph, i, i, 0));
    return out;
}

} // namespace rs
