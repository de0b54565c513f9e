#pragma once

#include <QString>
#include <QStringView>

namespace rs {

class Taxonomy;

// Where the thing counted by a number is named, and a short phrase for it.
struct SubjectContext
{
    QString subject;     // short noun phrase (培训干部, 人才政策补贴, 红色技术攻关小组)
    int windowStart = 0; // the phrase whose head names the thing counted
    int windowEnd = 0;
    int forwardEnd = 0; // forward only: end of the noun phrase and its predicate (…元标准发放工作补贴)
    int clauseStart = 0; // the whole clause before the number, for generic heads (等工作)
    int clauseEnd = 0;
    int ownClauseEnd = 0; // end of the clause holding the number
    int sentenceStart = 0;
    int sentenceEnd = 0;
    bool forward = false;     // 45名博士 style: the noun follows the measure word
    bool genericHead = false; // the phrase ends in 工作/任务/事项: the head says nothing
};

// Finds the subject of a number within its clause: forward for "引进100名以上医疗卫生人才" /
// "成立51个红色技术攻关小组", backward for "培训全区干部1万余人次" / "发放人才政策补贴近1.5亿元".
// Backward phrases start at the last verb (培训, 发放, 成立 ...) unless that verb sits inside a
// taxonomy cue (服务 in 党群服务中心), so the object of the action is kept with its verb.
class SubjectFinder
{
public:
    explicit SubjectFinder(const Taxonomy& taxonomy) : m_taxonomy(taxonomy) {}
    SubjectContext find(QStringView text, int quoteStart, int quoteEnd) const;

private:
    const Taxonomy& m_taxonomy;
};

} // namespace rs
