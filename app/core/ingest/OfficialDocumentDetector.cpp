#include "OfficialDocumentDetector.h"

#include <QRegularExpression>

namespace rs {
namespace {

// The header block and the signature sit within these many lines of the start and the end.
constexpr int kHeaderWindow = 6;
constexpr int kSignatureWindow = 8;

int chineseValue(QStringView s)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (s.size() == 4 || (s.size() > 1 && !s.contains(u'十'))) {
        // A year written digit by digit: 二〇二三
        int v = 0;
        for (const QChar c : s) {
            const qsizetype d = c == u'零' ? 0 : digits.indexOf(c);
            if (d < 0)
                return -1;
            v = v * 10 + int(d);
        }
        return v;
    }
    const qsizetype ten = s.indexOf(u'十');
    if (ten < 0)
        return s.size() == 1 ? int(digits.indexOf(s.front())) : -1;
    const int tens = ten == 0 ? 1 : int(digits.indexOf(s.front()));
    const int ones = ten + 1 < s.size() ? int(digits.indexOf(s.back())) : 0;
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

int numberValue(const QString& s)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? v : chineseValue(s);
}

} // namespace

QDate OfficialDocumentDetector::parseSigningDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9〇零一二三四五六七八九]{4})\\s*年\\s*"
                                                      "([0-9一二三四五六七八九十]{1,3})\\s*月\\s*"
                                                      "([0-9一二三四五六七八九十]{1,3})\\s*日\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return QDate();
    return QDate(numberValue(m.captured(1)), numberValue(m.captured(2)), numberValue(m.captured(3)));
}

OfficialDocumentDetector::Result OfficialDocumentDetector::detect(TextLines& lines)
{
    static const QRegularExpression numberRe(
        QStringLiteral("^(?:.*?\\s)?(\\p{Han}{1,16}\\s*[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*"
                       "号)(?:\\s*签发人[:\\x{FF1A}].*)?$"));
    static const QRegularExpression headerRe(QStringLiteral("^(.{4,60}?)\\s*文\\s*件$"));
    static const QRegularExpression markRe(QStringLiteral(
        "^(?:\\d{6}|(?:绝密|机密|秘密)(?:[★\\*].*)?|特急|加急|特提|平急|签发人[:\\x{FF1A}].*)$"));
    static const QRegularExpression printedRe(
        QStringLiteral("^.{2,40}?\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*印发$"));

    Result r;
    const int header = int(qMin<qsizetype>(lines.size(), kHeaderWindow));
    int numberAt = -1;
    int headerAt = -1;
    for (int i = 0; i < header; ++i) {
        const QString& t = lines[i].text;
        const QRegularExpressionMatch number = numberRe.match(t);
        if (number.hasMatch() && numberAt < 0) {
            numberAt = i;
            r.number = number.captured(1).remove(u' ');
        } else if (headerAt < 0 && numberAt < 0) {
            const QRegularExpressionMatch head = headerRe.match(t);
            if (head.hasMatch()) {
                headerAt = i;
                r.issuer = head.captured(1).trimmed();
            }
        }
    }
    if (numberAt < 0 && headerAt < 0)
        return r;
    r.official = true;

    TextLines kept;
    kept.reserve(lines.size());
    const int last = int(lines.size()) - 1;
    for (int i = 0; i <= last; ++i) {
        const QString& t = lines[i].text;
        if (i == numberAt || i == headerAt)
            continue;
        if (i < qMax(numberAt, headerAt) && markRe.match(t).hasMatch())
            continue;
        if (i >= last - kSignatureWindow) {
            if (printedRe.match(t).hasMatch())
                continue;
            const QDate date = parseSigningDate(t);
            if (date.isValid() && !r.signedOn.isValid()) {
                r.signedOn = date;
                r.signedText = t.trimmed();
                // Without a red header, the signature above the date names the issuer.
                static const QRegularExpression organ(
                    QStringLiteral("^\\p{Han}{2,30}(?:委员会|部|局|办公室|办|政府|委|厅|院|会|中心|组)$"));
                if (r.issuer.isEmpty() && !kept.isEmpty() && organ.match(kept.last().text).hasMatch())
                    r.issuer = kept.last().text;
                continue;
            }
        }
        kept.append(lines[i]);
    }
    lines = std::move(kept);
    return r;
}

} // namespace rs
