#include "PeriodResolver.h"

#include "CharClass.h"

namespace rs {

namespace {

constexpr int kMaxParagraph = 1500;

bool at(QStringView text, int pos, QStringView w)
{
    return CharClass::matchesAt(text, pos, w);
}

} // namespace

int PeriodResolver::lastYear(QStringView text, int from, int to, const QDate& publishedOn)
{
    const int pubYear = publishedOn.isValid() ? publishedOn.year() : 0;
    for (int i = to - 1; i >= from; --i) {
        const QChar c = text[i];
        if (c == u'年' && i - 4 >= from) {
            bool digits = true;
            for (int k = i - 4; k < i; ++k)
                digits = digits && CharClass::isAsciiDigit(text[k]);
            const bool isolated = i - 5 < 0 || !CharClass::isAsciiDigit(text[i - 5]);
            if (digits && isolated) {
                const int y = text.mid(i - 4, 4).toInt();
                if (y >= 1949 && y <= 2100)
                    return y;
            }
        }
        if (pubYear > 0 && i + 1 < to && text[i + 1] == u'年') {
            switch (c.unicode()) {
            case u'去':
            case u'上':
                if (c == u'去' || (i + 2 < text.size() && text[i + 2] != u'下'))
                    return pubYear - 1;
                break;
            case u'今':
            case u'本':
                return pubYear;
            case u'前':
                if (i + 2 < text.size() && !CharClass::isAsciiDigit(text[i + 2]))
                    return pubYear - 2;
                break;
            case u'明':
                return pubYear + 1;
            default:
                break;
            }
        }
    }
    return 0;
}

bool PeriodResolver::targetCue(QStringView text, int from, int to)
{
    static const QStringView cues[] = {u"计划", u"力争", u"目标", u"预计", u"争取", u"拟", u"规划", u"确保"};
    for (int i = from; i < to; ++i) {
        for (QStringView w : cues) {
            if (!at(text, i, w))
                continue;
            // “金英计划” is a name and 计划总数 a quota, not a plan.
            const int after = i + int(w.size());
            if (after < text.size() && (CharClass::isClosingQuote(text[after]) || text[after] == u'总' ||
                                        text[after] == u'数' || text[after] == u'内' || text[after] == u'外'))
                continue;
            return true;
        }
        if (text[i] == u'到' && i + 5 < to && CharClass::isAsciiDigit(text[i + 1]) && text[i + 5] == u'年')
            return true;
        if (text[i] == u'将' && i + 1 < to) {
            static const QStringView verbs[] = {
                u"新增", u"引进", u"培育", u"培养", u"建成", u"完成", u"达到", u"实施", u"开展",   u"举办",
                u"打造", u"新建", u"力争", u"投入", u"大力", u"加快", u"继续", u"持续", u"进一步", u"着力"};
            for (QStringView v : verbs) {
                if (at(text, i + 1, v))
                    return true;
            }
        }
    }
    return false;
}

QString PeriodResolver::reportPeriod(QStringView text, const QDate& publishedOn)
{
    if (publishedOn.isValid())
        return QString::number(publishedOn.year());
    // The title and opening: the first year written as a whole year (not a date, a span or a
    // deadline ahead such as 到2025年).
    constexpr int kOpening = 400;
    const int end = int(qMin<qsizetype>(text.size(), kOpening));
    for (int i = 0; i + 4 < end; ++i) {
        if (text[i + 4] != u'年' || (i > 0 && CharClass::isAsciiDigit(text[i - 1])))
            continue;
        bool digits = true;
        for (int k = i; k < i + 4; ++k)
            digits = digits && CharClass::isAsciiDigit(text[k]);
        if (!digits)
            continue;
        const int year = text.mid(i, 4).toInt();
        if (year < 1949 || year > 2100)
            continue;
        const QChar next = i + 5 < text.size() ? text[i + 5] : QChar();
        // 2023年10月 and 2月15日 are dates, 2023—2025年 and 2023年至2024年 spans: none of them say what
        // the report covers as a whole.
        const bool date = CharClass::isAsciiDigit(next) || CharClass::chineseDigit(next) >= 0;
        const bool span = next == u'至' || next == u'-' || next == u'—' || next == u'–' || next == u'~' ||
                          (i > 0 && (text[i - 1] == u'-' || text[i - 1] == u'—' || text[i - 1] == u'至'));
        const bool ahead = i > 0 && (text[i - 1] == u'到' || text[i - 1] == u'至');
        if (date || span || ahead)
            continue;
        return QString::number(year);
    }
    return {};
}

PeriodInfo PeriodResolver::resolve(QStringView text, int pos, int sentenceStart, const QDate& publishedOn)
{
    PeriodInfo info;
    int year = lastYear(text, sentenceStart, pos, publishedOn);
    if (year == 0) {
        int p = sentenceStart;
        while (p > 0 && sentenceStart - p < kMaxParagraph && text[p - 1] != u'\n')
            --p;
        year = lastYear(text, p, sentenceStart, publishedOn);
    }
    if (year > 0)
        info.period = QString::number(year);
    info.isTarget = targetCue(text, sentenceStart, pos);
    return info;
}

} // namespace rs
