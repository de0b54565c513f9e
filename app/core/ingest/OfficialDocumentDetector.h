#pragma once

#include "TextLine.h"

#include <QDate>
#include <QString>

namespace rs {

// Recognises an official document (公文, GB/T 9704) by its 发文字号 ("粤组通〔2023〕12号") or its
// red header ("中共某某县委组织部文件"), and takes out of the lines what is layout rather than text:
// the red header, the 发文字号 (kept in number), 份号, 密级 and 紧急程度 marks above them and the
// 印发 line of the 版记. The 成文日期 (the date line under the signature, in Arabic or Chinese
// numerals) is read and removed too. Lines of other reports are left alone.
class OfficialDocumentDetector
{
public:
    struct Result
    {
        bool official = false;
        QString issuer; // 发文机关, from the red header
        QString number; // 发文字号
        QDate signedOn; // 成文日期
        QString signedText;
    };

    static Result detect(TextLines& lines);
    // "2023年4月24日", "二〇二三年四月二十四日"; invalid when the text is not just a date.
    static QDate parseSigningDate(const QString& text);
};

} // namespace rs
