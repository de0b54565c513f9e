#include "AgreementBench.h"

#include "annotations/AgreementCalculator.h"

#include <QElapsedTimer>

#include <random>

namespace rs {
namespace {

constexpr int reportCount = 1000;
constexpr int reportLength = 5000;
constexpr int paragraphLength = 150;
constexpr int tagCount = 10;
constexpr int passagesPerCoder = 15;

// Coder A's passages; B and C code most of the same ones with their ends moved a little, miss some and
// add their own, as analysts coding one codebook do.
AgreementInput syntheticInput()
{
    std::mt19937 random(18);
    AgreementInput input;
    for (int t = 1; t <= tagCount; ++t)
        input.tags.append({t, QStringLiteral("标签%1").arg(t)});
    const QString sentence = QStringLiteral("金湾区坚持党建引领，持续推进人才发展体制机制改革。");
    QString body;
    while (body.size() < reportLength)
        body += sentence;
    body.truncate(reportLength);
    const QStringList coders{QStringLiteral("李明"), QStringLiteral("王芳"), QStringLiteral("张伟")};
    std::uniform_int_distribution<int> start(0, reportLength - 250);
    std::uniform_int_distribution<int> length(20, 200);
    std::uniform_int_distribution<int> tag(1, tagCount);
    std::uniform_int_distribution<int> jitter(-8, 8);
    std::uniform_int_distribution<int> percent(0, 99);
    for (int r = 1; r <= reportCount; ++r) {
        AgreementDocument document{r, QStringLiteral("报告%1").arg(r), body, {}};
        for (int p = 0; p < reportLength; p += paragraphLength)
            document.paragraphs.append(
                {p, std::min(p + paragraphLength - 1, reportLength), Paragraph::Kind::Text});
        input.documents.append(document);
        for (int i = 0; i < passagesPerCoder; ++i) {
            const int from = start(random);
            const int to = from + length(random);
            const qint64 tagId = tag(random);
            for (int c = 0; c < coders.size(); ++c) {
                if (c > 0 && percent(random) < 20)
                    continue; // this coder missed the passage
                Annotation annotation;
                annotation.articleId = r;
                annotation.author = coders.at(c);
                annotation.anchor.start = c == 0 ? from : std::max(0, from + jitter(random));
                annotation.anchor.end = c == 0 ? to : to + jitter(random);
                annotation.tagIds = {percent(random) < 10 ? qint64(tag(random)) : tagId};
                input.annotations.append(annotation);
            }
        }
    }
    return input;
}

} // namespace

void benchAgreement(const std::function<void(const QString&, const QString&, const QString&)>& row)
{
    const AgreementInput input = syntheticInput();
    const AgreementCalculator calculator(input);
    const QString scope = QStringLiteral("%1 reports × %2 chars, %3 annotations, %4 tags")
                              .arg(reportCount)
                              .arg(reportLength)
                              .arg(input.annotations.size())
                              .arg(tagCount);
    for (const AgreementLevel level : {AgreementLevel::Character, AgreementLevel::Paragraph}) {
        QElapsedTimer timer;
        timer.start();
        const AgreementResult three = calculator.compute(level);
        const double threeMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        const AgreementResult two =
            calculator.compute(level, {QStringLiteral("李明"), QStringLiteral("王芳")});
        const double twoMs = timer.nsecsElapsed() / 1e6;
        const QString name = AgreementCalculator::levelName(level);
        row(QStringLiteral("agreement, %1 level, 3 coders").arg(name),
            QStringLiteral("%1 ms").arg(threeMs, 0, 'f', 1),
            QStringLiteral("%1; α = %2, %3 disagreements")
                .arg(scope)
                .arg(three.overall.figures.alpha.value_or(0), 0, 'f', 3)
                .arg(three.disagreements.size()));
        row(QStringLiteral("agreement, %1 level, 2 coders").arg(name),
            QStringLiteral("%1 ms").arg(twoMs, 0, 'f', 1),
            QStringLiteral("κ = %1, α = %2")
                .arg(two.overall.figures.kappa.value_or(0), 0, 'f', 3)
                .arg(two.overall.figures.alpha.value_or(0), 0, 'f', 3));
    }
}

} // namespace rs
