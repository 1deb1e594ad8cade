fn main() {
    let corpus = crosscheck::corpus::load(&[crosscheck::corpus::Input::Path("seeds".into())]);
    let f = crosscheck::pipeline::analyze(corpus, &Default::default());
    for x in f.findings.iter().filter(|x| x.kind.name() == "framing") {
        println!("{} {:.3} {}", x.id, x.score, x.summary);
        for m in &x.members { if let crosscheck::findings::Detail::Label{label,tone} = &m.detail { println!("    {} [{}] {:?} {:?}", m.outlet, m.sentence, label, tone); } }
    }
    let gold = crosscheck::eval::gold::Gold::from_json(&std::fs::read_to_string("fixtures/gold/seeds.json").unwrap()).unwrap();
    let s = crosscheck::eval::evaluate(&f, &gold);
    println!("{:?}", s.kind("framing"));
}
