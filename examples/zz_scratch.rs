fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = if args[0] == "-f" {
        std::fs::read_to_string(&args[1]).unwrap()
    } else {
        args.join(" ")
    };
    let scan = njov::study::scan_all(&text, &[]).unwrap();
    for f in &scan.findings {
        println!(
            "[{}] {:?} {:?} fig={:?} wave={:?} {} computed={:?} acc={:?} cands={:?}\n     {}",
            f.sentence,
            f.wording,
            f.status,
            f.figure,
            f.wave,
            f.verdict,
            f.computed,
            f.accepted,
            f.candidates,
            f.reason
        );
    }
}
