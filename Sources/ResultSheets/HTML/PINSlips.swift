public import Foundation

/// PIN slips (PIN 通知单): one per judge with a cut line between them, to be sealed in envelopes.
public struct PINSlips: Sendable {
    public struct Slip: Sendable {
        public var judge: String
        public var name: String
        public var unit: String
        public var pin: String
        public var replaces: Bool

        public init(judge: String, name: String, unit: String, pin: String, replaces: Bool) {
            self.judge = judge
            self.name = name
            self.unit = unit
            self.pin = pin
            self.replaces = replaces
        }
    }

    public var competition: String
    /// When the PINs were issued, as shown ("2026-12-01T15:30:00+08:00").
    public var issuedAt: String
    public var slips: [Slip]

    public init(competition: String, issuedAt: String, slips: [Slip]) {
        self.competition = competition
        self.issuedAt = issuedAt
        self.slips = slips
    }

    public func render() -> Data {
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLEscape.text(competition)) 裁判 PIN 通知单</title>
            <style>
            @page { size: A4 portrait; margin: 12mm; }
            html { font-family: \(PageStyle.fonts); font-size: 10.5pt; }
            body { margin: 0; }
            .slip { height: 64mm; box-sizing: border-box; padding: 4mm 6mm; border-bottom: 0.8pt dashed #000;
                    position: relative; break-inside: avoid; }
            .slip:last-child { border-bottom: none; }
            .slip h2 { font-size: 12.5pt; margin: 0 0 2mm 0; }
            .slip table { border-collapse: collapse; }
            .slip td { padding: 0.6mm 3mm 0.6mm 0; vertical-align: top; }
            .pin { font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; font-size: 20pt;
                   letter-spacing: 2mm; font-weight: bold; }
            .cut { position: absolute; right: 0; bottom: -2.2mm; font-size: 8pt; background: #fff; padding-left: 1mm; }
            .sign { margin-top: 3mm; }
            p { margin: 1mm 0; }
            </style>
            </head>
            <body>

            """
        for slip in slips {
            html += """
                <div class="slip">
                <h2>\(HTMLEscape.text(competition)) 裁判 PIN 通知单（密）</h2>
                <table>
                <tr><td>裁判编号</td><td>\(HTMLEscape.text(slip.judge))</td><td>姓名</td><td>\(HTMLEscape.text(slip.name))</td>\
                <td>单位</td><td>\(HTMLEscape.text(slip.unit))</td></tr>
                <tr><td>PIN</td><td colspan="5"><span class="pin">\(HTMLEscape.text(slip.pin))</span>\
                \(slip.replaces ? "（新 PIN，原 PIN 作废）" : "")</td></tr>
                </table>
                <p>登录：录入评分（judge score enter）时输入裁判编号和此 PIN；评分服务上线后，在评分终端的登录页输入同样的编号和 PIN。</p>
                <p>此 PIN 只打印这一次，系统仅保存其加盐哈希。请妥善保管，勿告知他人；遗失请找裁判长重新签发。签发时间：\(HTMLEscape.text(issuedAt))</p>
                <p class="sign">签收人：＿＿＿＿＿＿＿＿　　签收日期：＿＿＿＿＿＿＿＿</p>
                <span class="cut">✂ 沿虚线剪开</span>
                </div>

                """
        }
        return Data((html + "</body>\n</html>\n").utf8)
    }
}
